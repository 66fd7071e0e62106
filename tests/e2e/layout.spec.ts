import { expect, type Page, test } from '@playwright/test';
import { shot } from './helpers';
import { PAGES, waitForPage } from './pages';

/**
 * Layout faults in every drawn chart, one line each: a legend that overlaps a tick label, an axis
 * title or tick label that sticks out of the SVG (and so is clipped), or two tick labels that overlap.
 */
async function chartFaults(page: Page): Promise<string[]> {
  return page.locator('.chart .recharts-wrapper > svg').evaluateAll((svgs) => {
    type Box = { left: number; right: number; top: number; bottom: number };
    const box = (el: Element): Box => el.getBoundingClientRect();
    const overlap = (a: Box, b: Box) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const inside = (a: Box, b: Box) =>
      a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    const faults: string[] = [];
    for (const svg of svgs) {
      const name = svg.querySelector('title')?.textContent ?? '(untitled chart)';
      const frame = box(svg);
      const wrapper = svg.closest('.recharts-wrapper');
      const ticks = [...svg.querySelectorAll('.recharts-cartesian-axis-tick-value')].filter(
        (t) => (t.textContent ?? '') !== '',
      );
      for (const item of wrapper?.querySelectorAll('.recharts-legend-item') ?? []) {
        const hit = ticks.find((t) => overlap(box(item), box(t)));
        if (hit) faults.push(`${name}: legend "${item.textContent}" overlaps tick label "${hit.textContent}"`);
      }
      for (const label of svg.querySelectorAll('.recharts-label')) {
        if (!inside(box(label), frame)) faults.push(`${name}: axis title "${label.textContent}" is clipped`);
      }
      for (const tick of ticks)
        if (!inside(box(tick), frame)) faults.push(`${name}: tick label "${tick.textContent}" is clipped`);
      // No two labels of one axis may run into each other (long wrapped category names). Recharts draws
      // them in z-index layers outside the axis groups, in one labels group per axis.
      for (const group of svg.querySelectorAll('.recharts-cartesian-axis-tick-labels')) {
        const labels = [...group.querySelectorAll('.recharts-cartesian-axis-tick-value')];
        for (let i = 1; i < labels.length; i++) {
          if (overlap(box(labels[i - 1]!), box(labels[i]!)))
            faults.push(`${name}: tick labels "${labels[i - 1]!.textContent}" and "${labels[i]!.textContent}" overlap`);
        }
      }
    }
    return faults;
  });
}

/** How far the page is wider than the viewport (0 when nothing overflows horizontally). */
const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const path of ['/indices', '/employment']) {
  test(`${path} at 390px: no page overflow, tables scroll inside their cards, charts laid out cleanly`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(path);
    await waitForPage(page);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    const wraps = page.locator('.table-wrap:visible');
    for (let i = 0; i < (await wraps.count()); i++) {
      const wrap = wraps.nth(i);
      const fit = await wrap.evaluate((el) => {
        const card = el.closest('.panel')!.getBoundingClientRect();
        const own = el.getBoundingClientRect();
        return {
          inCard: own.left >= card.left && own.right <= card.right,
          scrolls: getComputedStyle(el).overflowX === 'auto',
          wide: el.scrollWidth > el.clientWidth,
        };
      });
      expect(fit.inCard && fit.scrolls).toBe(true);
      // A table wider than its card says so above it.
      if (fit.wide) await expect(wrap.locator('xpath=preceding-sibling::p[1]')).toHaveText(/Scroll sideways/);
    }
    if (path === '/indices') expect(await wraps.count()).toBeGreaterThan(0);
    expect(await chartFaults(page)).toEqual([]);
    await shot(page, `layout${path.replace('/', '-')}-390`);
  });
}

for (const width of [1280, 390]) {
  for (const [name, path] of PAGES) {
    test(`${name}: every chart laid out cleanly at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await waitForPage(page);
      expect(await chartFaults(page)).toEqual([]);
    });
  }
}

test("/data's import history fits its card at 1280px", async ({ page }) => {
  await page.goto('/data');
  await waitForPage(page);
  const history = page.getByRole('region', { name: 'Import history' });
  await expect(history).toBeVisible();
  expect(await history.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await shot(page, 'layout-data-1280');
});

test('the overview names data in words, never by table or file name', async ({ page }) => {
  await page.goto('/');
  await waitForPage(page);
  const text = await page.locator('main').innerText();
  expect(text.match(/\b[a-z0-9]+_[a-z0-9_]+\b/g) ?? []).toEqual([]);
  await expect(page.getByText(/\d[\d,]* O\*NET occupations/)).toBeVisible();
});

test('page titles name the page once and the product once; the favicon is served', async ({ page, request }) => {
  const titles: string[] = [];
  for (const [, path] of PAGES) {
    await page.goto(path);
    titles.push(await page.title());
  }
  for (const title of titles) expect(title.match(/Taskshift/g)).toHaveLength(1);
  expect(titles[0]).toBe('Taskshift');
  expect(titles).toContain('Sign in · Taskshift');
  await page.goto('/');
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(icon).toMatch(/^\/icon\.svg/);
  const res = await request.get(icon!);
  expect(res.headers()['content-type']).toContain('image/svg+xml');
});
