import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { isStopword } from '../../lib/models/stopwords';
import { shot } from './helpers';

interface Detail {
  similar: { code: string; title: string; similarity: number }[];
  reskilling: { code: string; title: string }[];
}

test('Registered Nurses: similar occupations beside reskilling paths, no sibling paths, no stopwords highlighted', async ({
  page,
  request,
}) => {
  const api = (await (await request.get('/api/occupations/29-1141.00')).json()) as Detail;
  expect(api.similar).toHaveLength(10);
  expect(api.similar[0]!.similarity - api.similar[9]!.similarity).toBeGreaterThan(0.05); // it discriminates
  expect(api.reskilling.every((r) => !r.code.startsWith('29-1141.'))).toBe(true); // O*NET breakouts of the same SOC code are not a move

  await page.goto('/occupations/29-1141.00');
  await expect(page.getByRole('heading', { level: 2, name: 'Similar occupations' })).toBeVisible();
  const rows = page.getByTestId('similar-table').locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toContainText(api.similar[0]!.title);
  await expect(rows.first()).toContainText(api.similar[0]!.similarity.toFixed(2));
  await expect(page.getByRole('heading', { level: 2, name: 'Reskilling paths' })).toBeVisible();

  const marked = await page.getByTestId('task-table').locator('mark').allInnerTexts();
  expect(marked.length).toBeGreaterThan(0);
  expect(marked.filter((w) => isStopword(w))).toEqual([]);
  await shot(page, 'occupation-similar-nurses');

  const download = page.waitForEvent('download');
  await page.locator('a[href="/api/export/occupation-similar.csv?code=29-1141.00"]').first().click();
  const csv = readFileSync((await (await download).path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv[0]).toBe('rank,onet_soc_code,title,similarity,exposure,job_zone');
  expect(csv.slice(1).map((l) => l.split(',')[1])).toEqual(api.similar.map((s) => s.code));
});
