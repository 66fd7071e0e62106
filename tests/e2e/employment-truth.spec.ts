import { expect, test } from '@playwright/test';
import { parseShown } from './helpers';

const OEWS_2024_TOTAL = 154_187_380;

test("Registered Nurses show SOC 29-1141's 3,282,010 workers for 2024, as shared, in the page and the API", async ({
  page,
  request,
}) => {
  const api = (await (await request.get('/api/occupations/29-1141.00')).json()) as {
    occupation: { employmentCode: string; socEmployment: number; sharedWith: number };
    employment: { year: number; employment: number }[];
  };
  expect(api.occupation).toMatchObject({ employmentCode: '29-1141', socEmployment: 3_282_010, sharedWith: 4 });
  expect(api.employment.at(-1)).toMatchObject({ year: 2024, employment: 3_282_010 });
  expect(api.employment.every((e) => Number.isInteger(e.employment))).toBe(true);

  await page.goto('/occupations/29-1141.00');
  const line = page.getByTestId('soc-workers');
  await expect(line).toContainText(
    'SOC 29-1141 Registered Nurses: 3,282,010 workers, shared with 4 other O*NET occupations',
  );
  await expect(line).toContainText('OEWS 2024');
  await expect(page.getByText('656,402')).toHaveCount(0); // the old equal split never appears
});

test("an occupation beneath an OEWS aggregate shows the aggregate's workers and its series", async ({ page }) => {
  await page.goto('/occupations/31-1122.00');
  await expect(page.getByTestId('soc-workers')).toContainText(
    'SOC 31-1120 Home Health and Personal Care Aides: 3,988,140 workers',
  );
  await expect(page.getByText(/has not been imported yet/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Employment', exact: true })).toBeVisible();
});

test('the overview counts the OEWS total within 0.5% and /data shows coverage per year', async ({ page }) => {
  await page.goto('/');
  const shown = parseShown(await page.getByTestId('workers-covered').innerText());
  expect(Math.abs(shown! - OEWS_2024_TOTAL) / OEWS_2024_TOTAL).toBeLessThan(0.005);

  await page.goto('/data');
  const coverage = page.getByTestId('coverage');
  await expect(coverage.locator('tbody tr')).toHaveCount(13);
  await expect(coverage.locator('tbody tr').last()).toContainText('154,187,380');
});
