import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const SCREENSHOTS = path.join(process.cwd(), 'test-results', 'screenshots');

/** Saves a full-page screenshot as test-results/screenshots/NAME.png. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Parses a number as the dashboard prints it ("1,234,567", "0.41", "80%"); null for "—". */
export function parseShown(text: string): number | null {
  const t = text.trim();
  if (t === '—' || t === '') return null;
  const n = Number(t.replace(/[,%$\s]/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** One row of GET /api/occupations. */
export interface ApiOccupation {
  code: string;
  title: string;
  majorGroup: string;
  /** The SOC code (or OEWS aggregate) whose workers the occupation shares. */
  employmentCode: string | null;
  socEmployment: number | null;
  sharedWith: number;
  exposure: number | null;
  modelBeta: number | null;
}

/**
 * SOC-level items, as the overview builds them: per employment code, the mean of its O*NET
 * occupations' values, weighted by the code's workers (counted once).
 */
export function socLevel(
  items: readonly ApiOccupation[],
  value: (o: ApiOccupation) => number | null,
): { value: number; weight: number }[] {
  const acc = new Map<string, { sum: number; n: number; weight: number }>();
  for (const o of items) {
    const v = value(o);
    if (v === null || o.employmentCode === null || !(o.socEmployment! > 0)) continue;
    const a = acc.get(o.employmentCode) ?? { sum: 0, n: 0, weight: o.socEmployment! };
    a.sum += v;
    a.n += 1;
    acc.set(o.employmentCode, a);
  }
  return [...acc.values()].map((a) => ({ value: a.sum / a.n, weight: a.weight }));
}
