import { expect, test } from '@playwright/test';
import { shot } from './helpers';

// Issue 14: HR titles reach the right occupation first, and each result says why it matched.
const cases: [string, string, string][] = [
  ['RN', '29-1141.00', 'Registered Nurses'],
  ['java developer', '15-1252.00', 'Software Developers'],
  ['cdl driver', '53-3032.00', 'Heavy and Tractor-Trailer Truck Drivers'],
  ['senior accountant', '13-2011.00', 'Accountants and Auditors'],
  ['payroll specialist', '43-3051.00', 'Payroll and Timekeeping Clerks'],
];

for (const [query, code, title] of cases) {
  test(`search "${query}" lists ${title} first, with the reason it matched`, async ({ page, request }) => {
    const api = (await (await request.get(`/api/occupations?q=${encodeURIComponent(query)}`)).json()) as {
      items: { code: string; why?: string }[];
    };
    expect(api.items[0]?.code).toBe(code);
    expect(api.items[0]?.why).toMatch(/title/);

    await page.goto('/occupations');
    const search = page.getByRole('searchbox', { name: /search titles and tasks/i });
    await search.fill(query);
    await search.press('Enter');
    const first = page.locator('tbody tr').first();
    await expect(first.getByRole('link', { name: title, exact: true })).toBeVisible();
    await expect(first).toContainText('matched');
    if (query === 'java developer') await shot(page, 'occupations-search-java-developer');
  });
}

test('employment stays a sort the user can choose for a search', async ({ request }) => {
  type Page = { items: { title: string; socEmployment: number | null }[] };
  const byWorkers = (await (await request.get('/api/occupations?q=rn&sort=-employment')).json()) as Page;
  // as before relevance existed: titles holding the term first ("goveRNment"), each group largest first
  const inTitle = byWorkers.items.filter((i) => /rn/i.test(i.title));
  expect(inTitle.length).toBeGreaterThan(0);
  expect(byWorkers.items.slice(0, inTitle.length)).toEqual(inTitle);
  const counts = inTitle.map((i) => i.socEmployment ?? -1);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  const byRelevance = (await (await request.get('/api/occupations?q=rn')).json()) as Page;
  expect(byRelevance.items[0]!.title).toBe('Registered Nurses');
  expect(byWorkers.items[0]!.title).not.toBe('Registered Nurses');
});

test('a SOC code without the O*NET suffix and a SOC 2010 code reach the current occupation', async ({
  page,
  request,
}) => {
  const soc = (await (await request.get('/api/occupations?q=13-2011')).json()) as {
    items: { code: string; why?: string }[];
  };
  expect(soc.items[0]).toMatchObject({ code: '13-2011.00', why: 'SOC code 13-2011' });
  const soc2010 = (await (await request.get('/api/occupations?q=15-1132')).json()) as { items: { code: string }[] };
  expect(soc2010.items.map((i) => i.code)).toContain('15-1252.00');

  await page.goto('/occupations/13-2011');
  await expect(page).toHaveURL(/\/occupations\/13-2011\.00$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Accountants and Auditors' })).toBeVisible();
  await page.goto('/occupations/15-1121'); // SOC 2010 Computer Systems Analysts → SOC 2018 15-1211
  await expect(page).toHaveURL(/\/occupations\/15-1211\.00$/);
  await page.goto('/occupations/15-1132'); // split between Software Developers and QA Analysts: the search lists both
  await expect(page).toHaveURL(/\/occupations\?q=15-1132$/);
  await expect(page.getByRole('link', { name: 'Software Developers', exact: true })).toBeVisible();
});
