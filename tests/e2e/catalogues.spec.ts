import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { shot } from './helpers';
import { E2E_ADMIN_PASSWORD } from './pages';

/**
 * The HR catalogue workflow in Chromium: sign in, upload a hand-written catalogue of 20 real-looking
 * titles, read the validation report, confirm, see each job's occupation, reassign the first job of the
 * review queue, find the reassignment in the exported CSV, and open the one-page print view.
 */
const FIXTURE = path.join(process.cwd(), 'tests', 'fixtures', 'catalogue', 'jobs.csv');
const NEW_CODE = '43-3031.00'; // Bookkeeping, Accounting, and Auditing Clerks
/** Matches are shown when a title coder artifact (models/titles-*) is present; without one every job waits in review. */
const HAS_TITLE_CODER = readdirSync(path.join(process.cwd(), 'models')).some((d) => d.startsWith('titles-'));

test('catalogue: upload, validation report, matches, reassign, CSV export and print view', async ({ page }) => {
  // Private pages send a visitor without a session to sign in.
  await page.goto('/catalogues');
  await expect(page).toHaveURL(/\/login\?next=%2Fcatalogues|\/login\?next=\/catalogues/);
  await page.getByLabel('Password').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page.getByRole('heading', { name: 'Job catalogues', level: 1 })).toBeVisible();

  await page
    .getByLabel('Catalogue file')
    .setInputFiles({ name: 'acme-jobs.csv', mimeType: 'text/csv', buffer: readFileSync(FIXTURE) });
  await page.getByRole('button', { name: 'Check file' }).click();
  const report = page.getByRole('status', { name: 'Validation report' });
  await expect(report).toContainText('Rows read: 20', { timeout: 60_000 });
  await expect(report).toContainText('Rows rejected: 0');
  await expect(report).toContainText('title ← "Job Title"');
  await expect(report).toContainText('headcount ← "Headcount"');
  await page.getByRole('button', { name: 'Confirm and build the report' }).click();

  await expect(page.getByRole('heading', { name: 'Catalogue: acme-jobs.csv' })).toBeVisible({ timeout: 60_000 });
  const jobs = page.getByRole('table', { name: 'Jobs' });
  await expect(jobs.getByRole('row')).toHaveCount(21);
  await expect(jobs.getByRole('rowheader', { name: /Java Developer/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Headline figures' })).toContainText('Exposure, weighted');
  if (HAS_TITLE_CODER) {
    // The title coder's matches: an O*NET-SOC code with its confidence beside each coded title.
    await expect(jobs.getByRole('row').filter({ hasText: 'Java Developer' })).toContainText(
      /\d{2}-\d{4}\.\d{2} .+ \(\d+%\)/,
    );
    await expect(page.getByRole('table', { name: 'Headline figures' }).getByRole('row').nth(1)).not.toContainText(
      /^.*\b0 of /,
    );
  }

  // Reassign the least certain job; the page recomputes and shows the new occupation.
  const queue = page.getByRole('table', { name: 'Review queue' });
  const first = queue.getByRole('row').nth(1);
  const title = (await first.getByRole('rowheader').innerText()).trim();
  await first.getByLabel(/^Occupation code for/).fill(NEW_CODE);
  await first.getByRole('button', { name: 'Save' }).click();
  const row = jobs.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }),
  });
  await expect(row).toContainText(`${NEW_CODE}`);
  await expect(row).toContainText('(reassigned)');

  await shot(page, 'catalogue-report');
  // No serious or critical WCAG 2.1 AA violation on the report.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
  ).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the report (CSV)' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const line = csv.split('\r\n').find((l) => l.includes(`,${title},`));
  expect(line, `CSV line of ${title}`).toBeDefined();
  expect(line).toContain(`,${NEW_CODE},reviewed,`);
  expect(csv.split('\r\n').filter((l) => l.trim() !== '')).toHaveLength(21);

  await page.getByRole('link', { name: 'Printable summary' }).click();
  await expect(page.getByRole('heading', { name: /AI exposure summary: acme-jobs\.csv/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.topbar')).toBeHidden();
  await expect(page.getByRole('table', { name: 'Headline figures' })).toBeVisible();
  await shot(page, 'catalogue-print');
});
