import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, startServer } from '../security/server-harness';

/**
 * The upload path in the built app (issue 9.3/9.4): files are checked in a worker thread that the
 * bundled server starts from the sources, so this runs the real build, not vitest. An unclosed quote
 * is reported with its line and column and cannot be confirmed; a valid file stages and imports.
 */
const PASSWORD = 'e2e-upload-admin-password';
const HEADER = 'index_name,code_system,code,value,year,label\n';
const rows = (name: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${name},isco08,${1000 + i},0.5,2024,Row ${i}\n`).join('');

let server: ChildProcess | undefined;
let base = '';
const pgliteDir = mkdtempSync(path.join(tmpdir(), 'taskshift-e2e-upload-'));

test.beforeAll(async () => {
  // Its own empty embedded database, migrated first (the server does not migrate).
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir };
  delete env.DATABASE_URL;
  const migrated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], { env, encoding: 'utf8' });
  expect(migrated.status, migrated.stderr).toBe(0);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = await startServer(port, {
    DATABASE_URL: undefined,
    PGLITE_DIR: pgliteDir,
    ADMIN_PASSWORD: PASSWORD,
    SESSION_SECRET: 'e2e-upload-session-secret-0123456789abcdef',
    INSECURE_COOKIES: 'true',
  });
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(pgliteDir, { recursive: true, force: true });
});

test('an unclosed quote is reported on its line and blocks confirm; a valid file imports', async ({ page }) => {
  await page.goto(`${base}/login?next=/data`);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page.getByRole('form', { name: 'Upload a file' })).toBeVisible();

  const upload = async (name: string, csv: string) => {
    await page.getByLabel('Index name').fill(name);
    await page.getByLabel('CSV').setInputFiles({ name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await expect(page.getByRole('button', { name: 'Upload and check' })).toBeEnabled({ timeout: 60_000 });
  };

  await upload(
    'broken_index',
    `${HEADER}broken_index,isco08,2512,0.5,2024,"never closed\n${rows('broken_index', 1000)}`,
  );
  const errors = page.getByRole('table', { name: 'Validation errors' });
  const first = errors.getByRole('row').nth(1);
  await expect(first).toContainText('broken_index.csv');
  await expect(first.getByRole('cell').nth(1)).toHaveText('2');
  await expect(first.getByRole('cell').nth(2)).toHaveText('label');
  await expect(first).toContainText('field longer than 10,000 characters (a quoted field opened on line 2');
  await expect(page.getByRole('button', { name: 'Confirm import' })).toBeDisabled();

  await upload('fine_index', `${HEADER}${rows('fine_index', 20)}`);
  await expect(page.getByText(/20 rows read, 20 valid/)).toBeVisible();
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByText(/20 rows loaded into/)).toBeVisible({ timeout: 60_000 });
});
