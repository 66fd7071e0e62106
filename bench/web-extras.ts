import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../tests/e2e/chromium';
import { percentile, treeRssMb } from './load-lib';

/** One GET, fully read; its time in ms. Throws on a non-2xx answer. */
async function timed(base: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  const t = performance.now();
  const res = await fetch(base + path, { headers });
  await res.text();
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return performance.now() - t;
}

/**
 * The page-level figures bench:web has printed since it began: the overview's server render (40 sequential
 * GET /), LCP of / in headless Chromium, and the server's RSS growth while it streams the ~120k-row ratings export.
 */
export async function pageExtras(base: string, serverPid: number): Promise<void> {
  const rendered = { cookie: 'bench=1' }; // a cookie keeps scripts/page-cache.cjs out: the render itself is timed
  for (let i = 0; i < 5; i++) await timed(base, '/', rendered); // warm caches, as a running server would be
  const renders: number[] = [];
  for (let i = 0; i < 40; i++) renders.push(await timed(base, '/', rendered));
  renders.sort((a, b) => a - b);
  console.log(
    `overview server render: p50 ${percentile(renders, 50).toFixed(1)} ms, p95 ${percentile(renders, 95).toFixed(1)} ms (40 sequential GET / with a cookie, so rendered each time)`,
  );

  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const lcps: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    lcps.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]!.startTime);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      ),
    );
    await page.close();
  }
  await browser.close();
  lcps.sort((a, b) => a - b);
  console.log(
    `LCP of / in headless Chromium: median ${percentile(lcps, 50).toFixed(0)} ms over 5 loads (max ${lcps[4]!.toFixed(0)} ms)`,
  );

  const before = treeRssMb(serverPid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(serverPid))), 50);
  const t = performance.now();
  const res = await fetch(`${base}/api/export/ratings.csv`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  clearInterval(sampler);
  console.log(
    `export ratings.csv: ${lines - 1} rows, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s; ` +
      `server RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB (growth ${(peak - before).toFixed(0)} MB)`,
  );
}
