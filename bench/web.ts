import { type ChildProcess, spawn } from 'node:child_process';

import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { env } from '../lib/env';
import { percentile, treeRssMb } from './load-lib';

/**
 * npm run bench:web — measures the built app on the database of DATABASE_URL (full data):
 * overview server render p50, /api/occupations?q= latency at 20 connections, LCP in headless
 * Chromium and RSS growth of the server while it streams a 100k+ row export. Needs `next build` first.
 */
const port = env.E2E_PORT;
const base = `http://127.0.0.1:${port}`;

async function waitUp(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/openapi.json`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

async function timed(path: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(base + path);
  await res.text();
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return performance.now() - t;
}

const server: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port)], { stdio: 'ignore', detached: true });
try {
  await waitUp();
  for (let i = 0; i < 5; i++) await timed('/'); // warm caches, as a running server would be
  const renders = [];
  for (let i = 0; i < 40; i++) renders.push(await timed('/'));
  renders.sort((a, b) => a - b);
  console.log(`overview server render: p50 ${percentile(renders, 50).toFixed(1)} ms, p95 ${percentile(renders, 95).toFixed(1)} ms (40 sequential GET /)`);

  const terms = ['accountant', 'nurse', 'software', 'teacher', 'driver', 'analyst', 'clerk', 'engineer'];
  await timed('/api/occupations?q=accountant');
  const load = await autocannon({
    url: base,
    connections: 20,
    duration: 10,
    requests: terms.map((t) => ({ method: 'GET', path: `/api/occupations?q=${t}` })),
  });
  console.log(
    `/api/occupations?q= at 20 connections: p50 ${load.latency.p50} ms, p97.5 ${load.latency.p97_5} ms, p99 ${load.latency.p99} ms, ` +
      `${load.requests.average} req/s, ${load.non2xx} non-2xx, ${load.errors} errors (autocannon reports p97.5, not p95)`,
  );

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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
  console.log(`LCP of / in headless Chromium: median ${percentile(lcps, 50).toFixed(0)} ms over 5 loads (max ${lcps[4]!.toFixed(0)} ms)`);

  const before = treeRssMb(server.pid!);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(server.pid!))), 50);
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
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

