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
  employment: number | null;
  exposure: number | null;
  modelBeta: number | null;
}
