import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { shot } from './helpers';

interface ApiScenario {
  inputs: { horizon: number; adoption: number; substitution: number; productivity: number; demand: number };
  total: { baseline: number; scenario: number; scenarioLow: number; scenarioHigh: number };
  occupations: { code: string; baseline: number; scenario: number }[];
}
const int = (n: number) => n.toLocaleString('en-US');

test('an analyst picks the fast preset, changes the horizon, shares the URL and exports the table', async ({
  page,
  browser,
  request,
}) => {
  await page.goto('/scenarios');
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario simulator' })).toBeVisible();
  await expect(page.getByText('A what-if calculator, not a forecast.')).toBeVisible();
  await expect(page.getByTestId('preset-sources')).toContainText('job_exposure.csv');

  await page.getByRole('button', { name: 'Fast' }).click();
  await expect(page).toHaveURL(/adoption=90&substitution=60&productivity=40&demand=0.3/);
  const horizon = page.getByRole('spinbutton', { name: /^Horizon year/ });
  await horizon.fill('2030');
  await expect(page).toHaveURL(/horizon=2030&adoption=90/);
  const api = (await (await request.get('/api/scenarios?preset=fast&horizon=2030')).json()) as ApiScenario;
  expect(api.inputs).toEqual({ horizon: 2030, adoption: 90, substitution: 60, productivity: 40, demand: 0.3 });
  expect(api.total.scenario).toBeLessThan(api.total.baseline);
  expect(api.total.scenarioLow).toBeLessThanOrEqual(api.total.scenario);
  await expect(page.getByTestId('scenario-total')).toHaveText(int(api.total.scenario));
  await expect(page.getByTestId('scenario-baseline')).toHaveText(int(api.total.baseline));
  await expect(page.locator('.chart svg.recharts-surface').first()).toBeVisible();
  await shot(page, 'scenarios-fast-2030');

  // The shared link, opened in a fresh browser context, shows the same numbers.
  const shared = await page.getByTestId('scenario-share').inputValue();
  expect(shared).toContain('horizon=2030');
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(shared);
  await expect(fresh.getByTestId('scenario-total')).toHaveText(int(api.total.scenario));
  await expect(fresh.getByRole('spinbutton', { name: /^Horizon year/ })).toHaveValue('2030');
  await expect(fresh.getByRole('spinbutton', { name: /^Adoption/ })).toHaveValue('90');
  await other.close();

  // Export the occupation table: the same rows as the API, in the table's order.
  const panel = page.locator('section.panel', { has: page.getByRole('heading', { name: 'Occupations' }) });
  const downloadPromise = page.waitForEvent('download');
  await panel.getByRole('link', { name: /^Download CSV/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^scenario-occupations_\d{4}-\d{2}-\d{2}(_model-[\w.-]+)?\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(
    csv[0]!.startsWith('nem_code,title,major_group,baseline_workers,scenario_workers,scenario_p10,scenario_p90,change'),
  ).toBe(true);
  expect(csv).toHaveLength(api.occupations.length + 1);
  expect(csv.slice(1, 6).map((l) => l.split(',')[0])).toEqual(api.occupations.slice(0, 5).map((o) => o.code));
  await expect(page.getByTestId('scenario-table').locator('tbody tr').first()).toContainText(api.occupations[0]!.code);

  // Sorting keeps the inputs; a bad input names itself.
  await page.getByRole('link', { name: /^Baseline/ }).click();
  await expect(page).toHaveURL(/horizon=2030.*sort=-baseline/);
  await page.goto('/scenarios?adoption=120');
  await expect(page.locator('.error[role="alert"]')).toContainText('Invalid parameter "adoption"');
});

test('"Has it shown up yet?" gives the difference in differences with intervals and says what the data cannot show', async ({
  page,
  request,
}) => {
  const api = (await (await request.get('/api/employment/shown-up')).json()) as {
    measures: { key: string; did: number; didLow: number; didHigh: number }[];
  };
  expect(api.measures.map((m) => m.key)).toEqual(['employment', 'employmentWithinGroup', 'wage', 'wageWithinGroup']);
  for (const m of api.measures) expect(m.didLow).toBeLessThanOrEqual(m.didHigh);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shown up yet?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Has it shown up yet?' })).toBeVisible();
  const emp = api.measures[0]!;
  const sign = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(2)}`;
  await expect(page.getByTestId('shown-up-headline')).toContainText(`${sign(emp.did)} points a year`);
  await expect(page.getByTestId('shown-up-headline')).toContainText(`${sign(emp.didLow)} to ${sign(emp.didHigh)}`);
  await expect(page.getByTestId('shown-up-caveats')).toContainText('OEWS counts jobs, not hours');
  await expect(page.getByTestId('shown-up-employment').locator('tbody tr')).toHaveCount(5);
  await shot(page, 'shown-up');
  const csv = await (await request.get('/api/export/shown-up.csv')).text();
  expect(csv.trim().split('\r\n')).toHaveLength(1 + 4 * 6);
});

for (const path of ['/scenarios?preset=fast', '/employment/shown-up']) {
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
    await shot(page, `${path.replace(/\W+/g, '-')}-390`);
  });
}
