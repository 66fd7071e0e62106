import Papa from 'papaparse';
import { csvLine } from './csv';
import type { ExposureModel } from '../models/artifact';
import { shardRange, type Shard } from '../models/shard';
import type { TitleCoder } from '../models/titles/coder';
import { MATCH_COLUMNS, matchCells, matchTitles, type OccupationExposure } from '../models/titles/match';
import { type RowProblem, validateMatchCsv } from '../models/titles/match-input';

/** The outcome of coding a CSV of job titles. */
export type MatchCsvResult =
  | { ok: true; csv: string; rows: number; needsReview: number }
  | { ok: false; problems: RowProblem[] };

/**
 * Codes every row of a CSV of job titles (a `title` column, optionally `description`): the output keeps
 * the input columns and adds code, onet_title, confidence, alternatives, needs_review and the exposure
 * columns. Any invalid row fails the whole file (nothing partial is written), naming line, column, reason.
 * With `shard` (i of n) only that contiguous slice of the data rows is coded, under the same header, so
 * the shards' outputs, each without its header but the first's, concatenate to the whole run's output.
 */
export function matchCsv(
  text: string,
  coder: TitleCoder,
  exposures: ReadonlyMap<string, OccupationExposure>,
  options: {
    onProgress?: (done: number, total: number) => void;
    batch?: number;
    lexicalOnly?: boolean;
    exposureModel?: ExposureModel | null;
    shard?: Shard;
  } = {},
): MatchCsvResult {
  const { onProgress, batch = 500, lexicalOnly = false, exposureModel = null, shard } = options;
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const problems: RowProblem[] = parsed.errors.map((e) => ({ line: (e.row ?? 0) + 2, column: '*', reason: e.message }));
  const header = parsed.meta.fields ?? [];
  const clash = header.filter((h) => (MATCH_COLUMNS as readonly string[]).includes(h));
  if (clash.length)
    problems.push({
      line: 1,
      column: clash[0]!,
      reason: `the input already has the output column(s) ${clash.join(', ')}`,
    });
  const { rows, problems: rowProblems } = validateMatchCsv(header, parsed.data);
  problems.push(...rowProblems);
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  const out = [csvLine([...header, ...MATCH_COLUMNS])];
  // every shard validates the whole file (all fail alike) but codes only its contiguous range of rows
  const { start: first, end: last } = shard ? shardRange(rows.length, shard) : { start: 0, end: rows.length };
  let needsReview = 0;
  for (let start = first; start < last; start += batch) {
    const end = Math.min(last, start + batch);
    const coded = matchTitles(rows.slice(start, end), coder, exposures, { lexicalOnly, exposureModel });
    coded.forEach((m, k) => {
      const record = parsed.data[start + k]!;
      needsReview += m.needsReview ? 1 : 0;
      out.push(csvLine([...header.map((h) => record[h] ?? ''), ...matchCells(m)]));
    });
    onProgress?.(end - first, last - first);
  }
  return { ok: true, csv: out.join(''), rows: last - first, needsReview };
}

/** Formats problems as "file line N, column C: reason" lines, at most `limit` of them. */
export function formatProblems(file: string, problems: readonly RowProblem[], limit = 20): string {
  const lines = problems.slice(0, limit).map((p) => `${file} line ${p.line}, column ${p.column}: ${p.reason}`);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more problems`);
  return lines.join('\n');
}
