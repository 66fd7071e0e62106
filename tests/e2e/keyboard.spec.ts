import { expect, type Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './pages';

/** What has focus now: its tag, accessible-ish text and whether a focus ring at least 2 px wide is drawn. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      name: (el?.getAttribute('aria-label') ?? el?.getAttribute('name') ?? el?.textContent ?? '').trim().slice(0, 80),
      ring: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      inMain: !!el?.closest('main'),
    };
  });
}

/**
 * Presses Tab until the focused element matches `selector` (at most `limit` times) and returns every stop
 * on the way; fails if it is never reached, so the element is proven reachable by keyboard alone.
 */
async function tabTo(page: Page, selector: string, limit = 60, text?: string) {
  const stops: Awaited<ReturnType<typeof focused>>[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focused(page));
    const hit = await page.evaluate(
      ([s, t]) =>
        !!document.activeElement?.matches(s!) && (t === undefined || document.activeElement.textContent?.trim() === t),
      [selector, text] as const,
    );
    if (hit) return stops;
  }
  throw new Error(
    `${selector} ${text ?? ''} not reached in ${limit} Tab presses; stops: ${stops.map((s) => `${s.tag} "${s.name}"`).join(', ')}`,
  );
}

test('the skip link is the first stop and leads into the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect((await focused(page)).ring).toBe(true);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect((await focused(page)).inMain).toBe(true);
});

test('the explorer filters and sorts by keyboard alone, with a visible focus ring at every stop', async ({ page }) => {
  await page.goto('/occupations');
  const stops = await tabTo(page, 'input[name="q"]');
  await page.keyboard.type('analyst');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Major group')).toBeFocused();
  await page.keyboard.type('13'); // type-ahead picks "13 Business and Financial Operations"
  await expect(page.getByLabel('Major group')).toHaveValue('13');
  stops.push(...(await tabTo(page, 'button[type="submit"]')));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]q=analyst\b.*&group=13\b/);
  expect(stops.filter((s) => !s.ring)).toEqual([]);

  // With a search the default order is relevance (no column sorted); the Workers header link sorts by workers.
  await expect(page.getByRole('columnheader', { name: /Workers/ })).toHaveAttribute('aria-sort', 'none');
  const sortStops = await tabTo(page, 'th a[href*="sort=employment"]');
  expect(sortStops.at(-1)!.ring).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=employment/);
  await expect(page.getByRole('columnheader', { name: /Workers/ })).toHaveAttribute('aria-sort', 'ascending');
});

test('a wide table is a focusable region that scrolls with the arrow keys at 390px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/indices');
  const region = page.getByRole('region', { name: 'Agreement with published indices' });
  await expect(region).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const stops = await tabTo(page, '[role="region"][aria-label="Agreement with published indices"]');
  expect(stops.at(-1)!.ring).toBe(true);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('a chart is a named image whose tooltip the arrow keys move', async ({ page }) => {
  await page.goto('/employment');
  const chart = page.locator('.chart .recharts-wrapper > svg').first();
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(chart.locator('title')).toHaveText('Employment by exposure quintile');
  const stops = await tabTo(page, '.chart .recharts-wrapper > svg');
  expect(stops.at(-1)!.ring).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.chart').first().locator('.recharts-tooltip-wrapper')).toContainText(/Year \d{4}/);
});

test('an admin signs in and checks an upload by keyboard alone', async ({ page }) => {
  await page.goto('/login');
  await tabTo(page, '#password');
  await page.keyboard.type(E2E_ADMIN_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/data$/);
  await expect(page.getByText('Signed in as admin.')).toBeVisible();

  const stops = await tabTo(page, 'input[name="indexName"]');
  await page.keyboard.type('e2e_keyboard_index');
  await page.keyboard.press('Tab');
  await expect(page.locator('input[type="file"]')).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles({
    name: 'keyboard.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'index_name,code_system,code,value\ne2e_keyboard_index,soc2018,15-1252,0.8\ne2e_keyboard_index,soc2018,13-2011,0.6\n',
    ),
  });
  stops.push(...(await tabTo(page, 'button[type="submit"]', 5)));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/2 rows read, 2 valid/)).toBeVisible();
  stops.push(...(await tabTo(page, 'button', 10, 'Cancel')));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/staged file deleted/)).toBeVisible();
  expect(stops.filter((s) => !s.ring)).toEqual([]);
});
