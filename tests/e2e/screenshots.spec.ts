import { expect, test } from '@playwright/test';
import { shot } from './helpers';
import { PAGES, waitForPage } from './pages';

for (const width of [1280, 390]) {
  for (const [name, path] of PAGES) {
    test(`${name} renders at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      // Every chart that has a frame must have drawn its SVG after hydration.
      await waitForPage(page);
      // Nothing may overflow the viewport horizontally except inside scrollable tables.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      expect(errors).toEqual([]);
      await shot(page, `${name}-${width}`);
    });
  }
}
