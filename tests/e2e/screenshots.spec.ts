import { expect, test } from '@playwright/test';
import { shot } from './helpers';

const PAGES = [
  ['overview', '/'],
  ['occupations', '/occupations'],
  ['occupation', '/occupations/15-1252.00'],
  ['employment', '/employment'],
  ['skills', '/skills'],
  ['indices', '/indices'],
  ['data', '/data'],
] as const;

for (const width of [1280, 390]) {
  for (const [name, path] of PAGES) {
    test(`${name} renders at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      // Every chart that has a frame must have drawn its SVG after hydration.
      const charts = page.locator('.chart');
      for (let i = 0; i < (await charts.count()); i++) await expect(charts.nth(i).locator('svg.recharts-surface').first()).toBeVisible();
      // Nothing may overflow the viewport horizontally except inside scrollable tables.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      expect(errors).toEqual([]);
      await shot(page, `${name}-${width}`);
    });
  }
}
