import { createHash } from 'node:crypto';
import type { TitleRow } from './data';
import { normaliseTitle } from './normalise';

/** Where a reported title's string went: training, dev (blend, temperature, threshold) or validation (reported). */
export type TitleSplit = 'train' | 'dev' | 'val';

/** A stable number in [0, 1) from a string and a seed, so a title's split never depends on row order. */
function unitHash(text: string, seed: number): number {
  return createHash('sha256').update(`${seed}|${text}`).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * Splits titles by their normalised string, never by row: strings reported by workers are held out
 * (dev or validation) by a seeded hash, wholly, from every source (the alternate titles repeat the
 * reported ones, as the withheld test set was removed from both). O*NET's own titles always train.
 */
export function makeSplitter(
  rows: readonly TitleRow[],
  seed: number,
  shares: { dev: number; val: number },
): (row: TitleRow) => TitleSplit {
  const reported = new Set(rows.filter((r) => r.source === 'reported').map((r) => normaliseTitle(r.title).text));
  return (row) => {
    if (row.source === 'onet') return 'train';
    const text = normaliseTitle(row.title).text;
    if (!reported.has(text)) return 'train';
    const u = unitHash(text, seed);
    return u < shares.val ? 'val' : u < shares.val + shares.dev ? 'dev' : 'train';
  };
}

/** Held-out titles grouped by normalised string with all their gold codes (class indices). */
export interface HeldOutTitle {
  title: string;
  gold: number[];
}

/** Groups held-out rows by normalised string, collecting every code each string was reported under. */
export function groupHeldOut(rows: readonly TitleRow[], classOf: Map<string, number>): HeldOutTitle[] {
  const groups = new Map<string, HeldOutTitle>();
  for (const r of rows) {
    const key = normaliseTitle(r.title).text;
    const g = groups.get(key) ?? { title: r.title, gold: [] };
    const cls = classOf.get(r.code);
    if (cls !== undefined && !g.gold.includes(cls)) g.gold.push(cls);
    groups.set(key, g);
  }
  return [...groups.values()];
}
