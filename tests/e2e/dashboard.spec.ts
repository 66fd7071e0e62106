import { readFileSync } from 'node:fs';
import { expect, type APIRequestContext, test } from '@playwright/test';
import { type ApiOccupation, parseShown, shot, socLevel } from './helpers';

async function allOccupations(request: APIRequestContext): Promise<ApiOccupation[]> {
  const items: ApiOccupation[] = [];
  for (let page = 1; ; page++) {
    const res = await request.get(`/api/occupations?pageSize=200&page=${page}`);
    expect(res.ok()).toBe(true);
    const body = (await res.json()) as { items: ApiOccupation[]; total: number };
    items.push(...body.items);
    if (items.length >= body.total || body.items.length === 0) return items;
  }
}

test('search "accountant", open Accountants and Auditors, see tasks and a chart, download the tasks CSV', async ({
  page,
  request,
}) => {
  await page.goto('/occupations');
  const search = page.getByRole('searchbox', { name: /search titles and tasks/i });
  await search.fill('accountant');
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]q=accountant/);
  const link = page.getByRole('link', { name: 'Accountants and Auditors', exact: true });
  await expect(link).toBeVisible();
  await shot(page, 'occupations-search-accountant');
  await link.click();
  await expect(page).toHaveURL(/\/occupations\/13-2011\.00$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Accountants and Auditors' })).toBeVisible();

  const api = (await (await request.get('/api/occupations/13-2011.00')).json()) as {
    tasks: { taskId: number; text: string; aiMode: string | null; topActivities: { title: string }[] }[];
  };
  expect(api.tasks.length).toBeGreaterThan(10);
  const rows = page.getByTestId('task-table').locator('tbody tr');
  await expect(rows).toHaveCount(api.tasks.length);
  await expect(rows.first()).toContainText(api.tasks[0]!.text.slice(0, 30));
  // Each scored task names the O*NET work activities behind its score.
  const explained = api.tasks.filter((t) => t.topActivities.length > 0);
  expect(explained.length).toBeGreaterThan(api.tasks.length / 2);
  await expect(page.getByTestId('task-activities')).toHaveCount(explained.length);
  await expect(page.getByTestId('task-activities').first()).toContainText(explained[0]!.topActivities[0]!.title);
  // Exposed tasks are shown as automation or augmentation, as the API says; the occupation has an automation score.
  expect(api.tasks.some((t) => t.aiMode !== null)).toBe(true);
  await expect(page.getByTestId('ai-mode')).toHaveText(api.tasks.map((t) => t.aiMode ?? '—'));
  await expect(page.getByTestId('automation-score')).toContainText(/Automation score \d\.\d\d/);

  // Recharts draws its SVG only after hydration.
  const svg = page.locator('.recharts-wrapper svg.recharts-surface').first();
  await expect(svg).toBeVisible();
  expect(
    await page
      .locator('.recharts-wrapper svg .recharts-bar-rectangle, .recharts-wrapper svg .recharts-line-curve')
      .count(),
  ).toBeGreaterThan(0);
  await shot(page, 'occupation-13-2011.00');

  const downloadPromise = page.waitForEvent('download');
  await page
    .locator('section', { has: page.getByRole('heading', { name: /^Tasks/ }) })
    .getByRole('link', { name: 'Download CSV' })
    .click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^tasks_\d{4}-\d{2}-\d{2}(_model-[\w.-]+)?\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe(
    'onet_soc_code,task_id,task,task_type,exposure,exposure_low,exposure_high,attention,automation,ai_mode,top_tokens,work_activities,human_label',
  );
  const ids = csv.slice(1).map((line) => Number(line.split(',')[1]));
  expect(ids).toHaveLength(api.tasks.length);
  expect(ids).toEqual(api.tasks.map((t) => t.taskId));
});

test('the overview shows the same numbers as the API', async ({ page, request }) => {
  const items = await allOccupations(request);
  expect(items.length).toBe(1016);
  await page.goto('/');
  await expect(page.getByTestId('headline')).toBeVisible();
  // Employment-weighted figures are SOC-first: each SOC code's workers once, weighting the mean of its occupations.
  const scored = socLevel(items, (o) => o.exposure);
  const workers = scored.reduce((s, o) => s + o.weight, 0);
  const shownWorkers = parseShown(await page.getByTestId('workers-covered').innerText());
  const shownMean = parseShown(await page.getByTestId('mean-exposure').innerText());
  if (scored.length === 0) {
    // No model yet: the page must say so and show no invented numbers.
    await expect(page.getByText('No model scores yet.').first()).toBeVisible();
    expect(shownWorkers).toBeNull();
    expect(shownMean).toBeNull();
  } else {
    expect(shownWorkers).toBe(Math.round(workers));
    const mean = scored.reduce((s, o) => s + o.value * o.weight, 0) / workers;
    expect(shownMean).toBeCloseTo(mean, 2);
    const withShare = socLevel(items, (o) => o.modelBeta);
    const total = withShare.reduce((s, o) => s + o.weight, 0);
    const atLeast10 = withShare.filter((o) => o.value >= 0.1 - 1e-12).reduce((s, o) => s + o.weight, 0) / total;
    expect(parseShown(await page.getByTestId('model-10').innerText())).toBe(Math.round(atLeast10 * 100));
    await expect(page.locator('.recharts-wrapper svg.recharts-surface').first()).toBeVisible();
  }
});

test('a shared URL restores its filters', async ({ page, request }) => {
  const query = 'q=analyst&group=13&jobZone=4&sort=title';
  await page.goto(`/occupations?${query}`);
  await expect(page.getByRole('searchbox', { name: /search titles and tasks/i })).toHaveValue('analyst');
  await expect(page.getByLabel('Major group')).toHaveValue('13');
  await expect(page.getByLabel('Job zone')).toHaveValue('4');
  const api = (await (await request.get(`/api/occupations?${query}&pageSize=200`)).json()) as {
    items: ApiOccupation[];
    total: number;
  };
  expect(api.total).toBeGreaterThan(0);
  expect(api.items.every((o) => o.majorGroup === '13')).toBe(true);
  await expect(page.getByTestId('match-count')).toContainText(`${api.total} occupations match`);
  // The first cell holds the title link and, for a search, the reason it matched (checked in title-search.spec.ts).
  const titles = await page.getByTestId('occupation-table').locator('tbody tr td:first-child a').allInnerTexts();
  expect(titles).toEqual(api.items.slice(0, 25).map((o) => o.title));
  await expect(page.getByRole('columnheader', { name: /Occupation/ })).toHaveAttribute('aria-sort', 'ascending');
  await shot(page, 'occupations-shared-url');
});

test('a bad parameter gets a 400 naming it', async ({ request }) => {
  const res = await request.get('/api/occupations?maxExposure=abc');
  expect(res.status()).toBe(400);
  expect(((await res.json()) as { parameter: string }).parameter).toBe('maxExposure');
});
