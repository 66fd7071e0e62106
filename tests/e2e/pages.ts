import { expect, type Page } from '@playwright/test';
import { env } from '../../lib/env';

/** The admin password of the e2e server (playwright.config.ts starts it with this one). */
export const E2E_ADMIN_PASSWORD = env.ADMIN_PASSWORD ?? 'taskshift-e2e-admin';

/**
 * Every page the e2e suite renders, scans and screenshots: [name, path]. Add new pages here; the
 * accessibility spec also scans any page linked from the main navigation that this list misses.
 */
export const PAGES = [
  ['overview', '/'],
  ['occupations', '/occupations'],
  ['occupation', '/occupations/15-1252.00'],
  ['employment', '/employment'],
  ['industries', '/industries'],
  ['scenarios', '/scenarios'],
  ['shown-up', '/employment/shown-up'],
  ['skills', '/skills'],
  ['indices', '/indices'],
  ['model', '/model'],
  ['data', '/data'],
  ['login', '/login'],
] as const;

/** Waits until the page has streamed in and every chart frame has drawn its SVG after hydration. */
export async function waitForPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const charts = page.locator('.chart');
  for (let i = 0; i < (await charts.count()); i++)
    await expect(charts.nth(i).locator('svg.recharts-surface').first()).toBeVisible();
}
