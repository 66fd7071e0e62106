import { defineConfig } from '@playwright/test';
import { env } from './lib/env';
import { CHROMIUM_LAUNCH } from './tests/e2e/chromium';
import { E2E_ADMIN_PASSWORD } from './tests/e2e/pages';

/**
 * End-to-end tests in Debian's Chromium (`apt-get install -y chromium`; `npx playwright install`
 * cannot download browsers here). The web server builds the app, then `npm run start:demo` (scripts/prepare-demo.ts)
 * migrates, ingests ../shared/data when the database is empty, scores it when a model artifact
 * exists, and serves. DATABASE_URL picks Postgres; without it the embedded PGlite is used.
 */
const port = env.E2E_PORT;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: 'npx next build && npm run start:demo',
    url: `http://127.0.0.1:${port}/api/openapi.json`,
    timeout: 15 * 60_000,
    reuseExistingServer: !env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    // An admin password, so the upload can be tested; session cookies over plain HTTP on 127.0.0.1.
    env: { PORT: String(port), ADMIN_PASSWORD: E2E_ADMIN_PASSWORD, INSECURE_COOKIES: 'true' },
  },
});
