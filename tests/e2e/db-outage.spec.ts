import type { ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { type FakeServer, hangingServer, refusedUrl } from '../reliability/fake-db-servers';
import { freePort, startServer } from '../security/server-harness';

/**
 * The built app (the build the e2e web server made) started again on a free port with its database
 * refused, or accepting connections and never answering: pages say what failed and offer a retry,
 * the API answers 503 JSON naming the cause, health names it too (issue 9.5/9.6).
 */
const outages: { name: string; cause: RegExp; healthCause: RegExp }[] = [
  { name: 'refused', cause: /unreachable/, healthCause: /ECONNREFUSED/ },
  { name: 'hanging', cause: /connect timeout/, healthCause: /connect timeout|timeout/ },
];

for (const outage of outages) {
  test.describe(`database ${outage.name}`, () => {
    let server: ChildProcess | undefined;
    let fake: FakeServer | undefined;
    let base = '';
    test.beforeAll(async () => {
      fake = outage.name === 'hanging' ? await hangingServer() : undefined;
      const url = fake?.url ?? (await refusedUrl());
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      server = await startServer(port, { DATABASE_URL: url, DB_CONNECT_TIMEOUT_MS: '1000', READ_TOKEN: undefined });
    });
    test.afterAll(async () => {
      server?.kill('SIGTERM');
      await fake?.close();
    });

    test('API: 503 {error: "database unavailable", cause} with Retry-After; health names the cause', async ({
      request,
    }) => {
      const started = Date.now();
      for (const path of [
        '/api/occupations?q=nurse',
        '/api/occupations/29-1141.00',
        '/api/employment?groupBy=quintile',
      ]) {
        const res = await request.get(base + path);
        expect(res.status(), path).toBe(503);
        expect(res.headers()['retry-after']).toBe('5');
        const body = (await res.json()) as { error: string; cause: string };
        expect(body.error).toBe('database unavailable');
        expect(body.cause).toMatch(outage.cause);
      }
      expect(Date.now() - started).toBeLessThan(15_000); // three calls, each bounded by the 1 s connect timeout
      const health = await request.get(`${base}/api/health`);
      expect(health.status()).toBe(503);
      const report = (await health.json()) as { database: { error: string; cause: string } };
      expect(report.database.cause).toMatch(outage.healthCause);
      expect(report.database.error.length).toBeGreaterThan(5);
    });

    test('overview and explorer: each widget says it could not load, with a retry; nothing stays on "Loading…"', async ({
      page,
    }) => {
      for (const path of ['/', '/occupations']) {
        await page.goto(base + path);
        await expect(page.getByTestId('widget-error').first()).toBeVisible();
        await expect(page.getByTestId('widget-error').first().getByRole('button', { name: 'Try again' })).toBeVisible();
        await expect(page.getByText('Loading versions…')).toHaveCount(0);
      }
      await expect(page.getByTestId('widget-error')).toHaveCount(2); // explorer results + footer
    });

    test('occupation page: a clear page error with a retry, not a bare 500', async ({ page }) => {
      await page.goto(`${base}/occupations/29-1141.00`);
      await expect(page.getByTestId('page-error')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Try again' }).first()).toBeVisible();
    });
  });
}

test('malformed percent-escapes in the path answer 400, never 500 (issue 9.9)', async ({ request }) => {
  for (const path of ['/api/occupations/%25', '/api/occupations/%ff', '/api/occupations/%E0%A4%A']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(((await res.json()) as { parameter: string }).parameter).toMatch(/code|path/);
  }
  for (const path of ['/occupations/%ff', '/occupations/%E0%A4%A'])
    expect((await request.get(path)).status(), path).toBe(400);
  expect((await request.get('/occupations/%25')).status()).toBe(404);
});
