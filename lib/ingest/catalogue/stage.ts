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

/** Distinct titles coded per matcher call: memory stays bounded, and the server answers other requests between calls. */
export const MATCH_CHUNK = 250;

const titleKey = (r: { title: string; description: string | null }) => `${r.title}\u0000${r.description ?? ''}`;

/**
 * Codes each distinct (title, description) once, in chunks of MATCH_CHUNK (catalogues repeat titles
 * across sites and levels). Rows with a code of their own are not sent. Null without a title coder.
 */
export async function matchDistinct(
  rows: readonly { title: string; description: string | null }[],
  matcher: TitleMatcher,
): Promise<Map<string, TitleMatch> | null> {
  const distinct = new Map<string, { title: string; description: string | null }>();
  for (const r of rows)
    if (!distinct.has(titleKey(r))) distinct.set(titleKey(r), { title: r.title, description: r.description });
  const keys = [...distinct.keys()];
  const out = new Map<string, TitleMatch>();
  for (let start = 0; start < keys.length; start += MATCH_CHUNK) {
    const chunk = keys.slice(start, start + MATCH_CHUNK);
    if (start > 0) await new Promise((resolve) => setImmediate(resolve)); // coding is synchronous: let other requests in
    const matched = await matcher(chunk.map((k) => distinct.get(k)!));
    if (matched === null) return null;
    chunk.forEach((k, i) => {
      out.set(k, matched[i]!);
    });
  }
  return out;
}

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
      if (errors.length < 100)
        errors.push({
          file: file.name,
          line: row.line,
          column: parsed.mapping.code ?? 'code',
          reason: `no current O*NET occupation has the code "${row.code}"`,
        });
    } else rows.push({ ...row, resolved });
  }
  if (rows.length === 0) return { ok: false, errors };
  const matches = await matchDistinct(
    rows.filter((r) => r.resolved === null),
    matcher,
  );
  const jobs = rows.map((r): NewCatalogueJob => {
    const m = r.resolved === null ? matches?.get(titleKey(r)) : undefined;
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
