import { expect, test } from '@playwright/test';

/**
 * The page Content-Security-Policy allows scripts by a per-response nonce only (proxy.ts): every page
 * must still hydrate with no violation, and a script injected into the page must not run.
 */
const PAGES = [
  '/',
  '/occupations',
  '/occupations/13-2011.00',
  '/employment',
  '/skills',
  '/indices',
  '/data',
  '/login',
  '/no-such-page',
];

test('every page hydrates under the nonce policy, with no CSP violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  for (const path of PAGES) {
    const res = await page.goto(path, { waitUntil: 'networkidle' });
    const policy = res?.headers()['content-security-policy'] ?? '';
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // React attaches its fiber to hydrated DOM nodes; none would be there if its scripts were blocked.
    await page.waitForFunction(
      () => Object.keys(document.querySelector('main') ?? {}).some((k) => k.startsWith('__reactFiber')),
      null,
      {
        timeout: 20_000,
      },
    );
  }
  expect(violations).toEqual([]);
});

test('markup injected into a page cannot run script (inline handlers need a nonce too)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/occupations', { waitUntil: 'networkidle' });
  // What an HTML injection looks like: markup with an inline event handler ('unsafe-inline' would run it).
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<img src="/no-such.png" onerror="window.__injected = true">'),
  );
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected ?? false)).toBe(false);
});

test('a kept occupation page (scripts/page-cache.cjs) comes with its own fresh nonce and still hydrates', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await page.goto('/occupations/29-1141.00', { waitUntil: 'networkidle' });
    const nonce = /'nonce-([^']+)'/.exec(res?.headers()['content-security-policy'] ?? '')?.[1] ?? '';
    nonces.push(nonce);
    if (i === 1) expect(res?.headers()['x-page-cache']).toBe('hit');
    expect(await res?.text()).toContain(`nonce="${nonce}"`);
    await page.waitForFunction(
      () => Object.keys(document.querySelector('main') ?? {}).some((k) => k.startsWith('__reactFiber')),
      null,
      { timeout: 20_000 },
    );
  }
  expect(nonces[0]).not.toBe(nonces[1]);
  expect(violations).toEqual([]);
});
