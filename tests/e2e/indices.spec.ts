import { expect, test } from '@playwright/test';
import { KNOWN_INDICES } from '../../lib/analytics/index-info';
import { parseShown } from './helpers';

const KEYS = KNOWN_INDICES.map((d) => d.key);

test.describe('/indices explains each index in words', () => {
  test('human names, authors and citations; no storage keys on the page', async ({ page }) => {
    await page.goto('/indices');
    const table = page.getByTestId('indices-table');
    await expect(table).toContainText('Frey & Osborne probability of computerisation');
    await expect(table).toContainText('DAIOE: language modelling');
    const about = page.getByTestId('about-indices');
    await expect(about).toContainText('Technological Forecasting and Social Change 114:254–280');
    await expect(about).toContainText('ILO Working Paper 96');
    await expect(about).toContainText(/different construct: computerisation of routine work/);
    await expect(page.getByTestId('evaluation-table')).toContainText('GPT-4 ratings (Eloundou et al.)');
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('GPT-4 (reference)');
    for (const key of KEYS) expect(text, `raw key ${key} shown on /indices`).not.toContain(key);
  });

  test('no index key on any other page either', async ({ page }) => {
    for (const url of [
      '/occupations/13-2011.00',
      '/',
      '/occupations',
      '/employment',
      '/industries',
      '/skills',
      '/model',
      '/scenarios',
      '/data',
    ]) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const text = await page.locator('body').innerText();
      // /data lists source file paths (a folder is named frey_osborne_2013); a run's index is named in words.
      for (const key of KEYS)
        expect(text, `raw key ${key} shown on ${url}`).not.toContain(url === '/data' ? `[${key}]` : key);
    }
    await page.goto('/data');
    await expect(page.locator('body')).toContainText('[DAIOE: language modelling]');
  });

  test('each scatter CSV holds every matched occupation, and the Excel link starts with a BOM', async ({
    page,
    request,
  }) => {
    await page.goto('/indices');
    const row = page.getByTestId('indices-table').locator('tr', { hasText: 'DAIOE: language modelling' });
    const matched = parseShown(await row.locator('td').nth(4).innerText());
    expect(matched).toBeGreaterThan(500); // more than the scatter draws
    const csv = await (await request.get('/api/export/index-points.csv?index=daioe_lngmod')).text();
    expect(csv.trim().split('\r\n')).toHaveLength(1 + matched!);
    const excel = page.getByRole('link', { name: 'Excel (UTF-8 BOM)' }).first();
    const href = (await excel.getAttribute('href'))!;
    expect(href).toContain('bom=1');
    const body = await (await request.get(href)).body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
