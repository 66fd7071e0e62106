import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client';
import { type CatalogueRecord, insertCatalogue, type NewCatalogueJob } from '../../db/job-catalogues';
import type { RowError } from '../types';
import { parseCatalogue } from './parse';
import type { CatalogueRow } from './row';

/** What the title coder says about one title (a subset of lib/models/titles MatchedTitle). */
export interface TitleMatch {
  code: string;
  onetTitle: string;
  confidence: number;
  alternatives: { code: string; title: string; probability: number }[];
  needsReview: boolean;
  seniority: string | null;
  matchedTitle: string | null;
}

/** Codes titles in one call; null when no title coder is available (jobs then wait for a code in review). */
export type TitleMatcher = (inputs: { title: string; description: string | null }[]) => Promise<TitleMatch[] | null>;

/** Catalogue ids: 24 random hex characters. */
export const newCatalogueId = () => randomBytes(12).toString('hex');

/**
 * Resolves a user's code to a current O*NET-SOC code: an exact O*NET code, or a SOC code's
 * ".00" occupation (else its first breakout). Undefined when no current occupation has it.
 */
export function resolveCode(code: string, occupations: ReadonlySet<string>): string | undefined {
  if (code.length === 10) return occupations.has(code) ? code : undefined;
  if (occupations.has(`${code}.00`)) return `${code}.00`;
  return [...occupations].filter((c) => c.startsWith(`${code}.`)).sort()[0];
}

/**
 * Reads, validates, codes and stores a catalogue as staged (not yet confirmed). A file refused whole,
 * or one whose every row is rejected, stores nothing and returns the errors.
 */
export async function stageCatalogue(
  db: Db,
  file: { bytes: Uint8Array; name: string },
  occupations: ReadonlySet<string>,
  matcher: TitleMatcher,
): Promise<{ ok: true; catalogue: CatalogueRecord } | { ok: false; errors: RowError[] }> {
  const parsed = await parseCatalogue(file.bytes, file.name);
  if (!parsed.ok) return parsed;
  const errors = [...parsed.errors];
  let rowsRejected = parsed.rowsRejected;
  const rows: (CatalogueRow & { resolved: string | null })[] = [];
  for (const row of parsed.rows) {
    const resolved = row.code === null ? null : resolveCode(row.code, occupations);
    if (resolved === undefined) {
      rowsRejected++;
      if (errors.length < 100) errors.push({ file: file.name, line: row.line, column: parsed.mapping.code ?? 'code', reason: `no current O*NET occupation has the code "${row.code}"` });
    } else rows.push({ ...row, resolved });
  }
  if (rows.length === 0) return { ok: false, errors };
  const matches = await matcher(rows.map((r) => ({ title: r.title, description: r.description })));
  const jobs = rows.map((r, i): NewCatalogueJob => {
    const m = matches?.[i];
    return {
      line: r.line,
      extId: r.id,
      title: r.title,
      description: r.description,
      department: r.department,
      location: r.location,
      headcount: r.headcount,
      userCode: r.resolved,
      matchCode: m?.code ?? null,
      matchTitle: m?.onetTitle ?? null,
      confidence: m?.confidence ?? null,
      alternatives: m?.alternatives ?? [],
      needsReview: r.resolved === null && (m?.needsReview ?? true),
      seniority: m?.seniority ?? null,
      matchedTitle: m?.matchedTitle ?? null,
    };
  });
  const catalogue = await insertCatalogue(
    db,
    {
      id: newCatalogueId(),
      name: file.name.slice(0, 200),
      fileKind: parsed.fileKind,
      encoding: parsed.encoding,
      delimiter: parsed.delimiter,
      rowsRead: parsed.rowsRead,
      rowsRejected,
      mapping: parsed.mapping as Record<string, string>,
      errors,
    },
    jobs,
  );
  return { ok: true, catalogue };
}
