import { z } from 'zod';

/** A title row's fields as validated at every boundary (CSV, API). */
export const matchRow = z.object({
  title: z
    .string({ message: 'is required' })
    .trim()
    .min(1, 'is required (an empty title cannot be coded)')
    .max(200, 'at most 200 characters'),
  description: z.string().trim().max(5000, 'at most 5,000 characters').optional().nullable(),
});

/** The most titles one POST /api/match request may carry. */
export const MAX_MATCH_TITLES = 1000;

/** POST /api/match body: { titles: [{ title, description? }] }, 1 to 1,000 titles. */
export const matchBody = z.strictObject({
  titles: z
    .array(matchRow)
    .min(1, 'must hold at least one title')
    .max(MAX_MATCH_TITLES, `at most ${MAX_MATCH_TITLES} titles per request`),
});

/** One problem with an input CSV, located by line and column. */
export interface RowProblem {
  line: number;
  column: string;
  reason: string;
}

/**
 * Validates parsed CSV records (header row is line 1, so record i is line i + 2): the title column must
 * exist, and each row's title and description must pass `matchRow`. Returns the rows or every problem.
 */
export function validateMatchCsv(
  header: readonly string[],
  records: readonly Record<string, string>[],
): { rows: { title: string; description?: string | null }[]; problems: RowProblem[] } {
  if (!header.includes('title'))
    return {
      rows: [],
      problems: [
        { line: 1, column: 'title', reason: `missing column "title" (found: ${header.join(', ') || 'none'})` },
      ],
    };
  const rows: { title: string; description?: string | null }[] = [];
  const problems: RowProblem[] = [];
  records.forEach((record, i) => {
    const parsed = matchRow.safeParse({ title: record.title ?? '', description: record.description || undefined });
    if (parsed.success) rows.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push({ line: i + 2, column: String(issue.path[0] ?? 'title'), reason: issue.message });
  });
  return { rows, problems };
}
