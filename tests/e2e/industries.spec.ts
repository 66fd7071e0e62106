import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseShown, shot } from './helpers';

interface ApiSector {
  naics: string;
  title: string;
  workers: number;
  exposure: number | null;
}

test('/industries ranks 20 sectors summing to the OEWS total; the ranking is in the URL', async ({ page, request }) => {
  const api = (await (await request.get('/api/industries')).json()) as { workers: number; sectors: ApiSector[] };
  expect(api.sectors).toHaveLength(20);
  expect(api.workers).toBe(154_187_400);

  await page.goto('/industries');
  await expect(page.getByRole('heading', { level: 1, name: 'Exposure by industry' })).toBeVisible();
  await expect(page.getByTestId('industry-total')).toContainText('154,187,400');
  const rows = page.getByTestId('sector-table').locator('tbody tr');
  await expect(rows).toHaveCount(20);
  // The table follows the API's default ranking (exposure, highest first) and its chart is drawn.
  await expect(rows.first().locator('td').first()).toContainText(api.sectors[0]!.title);
  await expect(page.locator('.chart svg.recharts-surface').first()).toBeVisible();
  await shot(page, 'industries');

  await page.getByRole('link', { name: /^Workers/ }).click();
  await expect(page).toHaveURL(/\/industries\?sort=-workers$/);
  await expect(rows.first().locator('td').first()).toContainText('Health Care and Social Assistance');
  const shown = await rows.locator('td:nth-child(2)').allTextContents();
  expect(shown.map(parseShown).reduce((s: number, v) => s + (v ?? 0), 0)).toBe(154_187_400);

  // A shared link restores the ranking.
  await page.goto('/industries?sort=-workers');
  await expect(rows.first().locator('td').first()).toContainText('Health Care and Social Assistance');
  await page.goto('/industries?sort=salary');
  await expect(page.locator('.error[role="alert"]')).toContainText('Invalid parameter "sort"');
});

test('a sector drill-down lists its occupations by exposed workers and its CSV matches the API', async ({
  page,
  request,
}) => {
  await page.goto('/industries');
  await page.getByRole('link', { name: 'Information', exact: true }).click();
  await expect(page).toHaveURL(/\/industries\/51$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Information' })).toBeVisible();
  await expect(page.getByTestId('sector-summary')).toContainText('2,915,020');

  const api = (await (await request.get('/api/industries/51?pageSize=200')).json()) as {
    total: number;
    occupations: { occCode: string; title: string; workers: number | null; exposedWorkers: number | null }[];
  };
  expect(api.total).toBeGreaterThan(100);
  const rows = page.getByTestId('industry-occupation-table').locator('tbody tr');
  await expect(rows).toHaveCount(Math.min(50, api.total));
  await expect(rows.first()).toContainText(api.occupations[0]!.occCode);
  await shot(page, 'industry-51');

  const panel = page.locator('section.panel', {
    has: page.getByRole('heading', { name: 'Occupations in Information' }),
  });
  const downloadPromise = page.waitForEvent('download');
  await panel.getByRole('link', { name: 'Download CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^industry-occupations_\d{4}-\d{2}-\d{2}(_model-[\w.-]+)?\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe(
    'naics,soc_code,title,workers,exposure,exposure_low,exposure_high,national_quintile,automation_share,exposed_workers,onet_soc_codes',
  );
  expect(csv).toHaveLength(api.total + 1);
  const firstCodes = csv.slice(1, 11).map((line) => line.split(',')[1]);
  expect(firstCodes).toEqual(api.occupations.slice(0, 10).map((o) => o.occCode));
});

for (const path of ['/industries', '/industries/31-33']) {
  test(`${path} fits a 390px screen without script errors`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.chart svg.recharts-surface').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await shot(page, `industries${path.replace(/\//g, '-')}-390`);
  });
}

test('an unknown or malformed sector answers 404', async ({ page }) => {
  expect((await page.goto('/industries/00'))?.status()).toBe(404);
  expect((await page.goto('/industries/abc'))?.status()).toBe(404);
});
