import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { PAGES, waitForPage } from './pages';

/** Section 508 refers to WCAG 2.0 AA; analysts' agencies increasingly ask for 2.1 AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's serious and critical findings on the current page, one readable line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} node(s), e.g. ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

for (const width of [1280, 390]) {
  for (const [name, path] of PAGES) {
    test(`${name} has no serious WCAG 2.1 AA violation at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await waitForPage(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('pages in the main navigation that PAGES misses pass the scan too', async ({ page }) => {
  await page.goto('/');
  const listed = new Set<string>(PAGES.map(([, path]) => path));
  const hrefs = await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const path of hrefs.filter((p) => !listed.has(p))) {
    await page.goto(path);
    await waitForPage(page);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});
