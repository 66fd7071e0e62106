/** The fields of an occupation that the explorer filters and sorts on. */
export interface FilterableOccupation {
  code: string;
  title: string;
  majorGroup: string;
  jobZone: number | null;
  /** Workers in the SOC code (or OEWS aggregate) the occupation belongs to, shared with any other O*NET occupation there. */
  socEmployment: number | null;
  medianWage: number | null;
  exposure: number | null;
  /** Lower-case title, for ranking title matches first. */
  titleText: string;
  /** Lower-case title and task texts, searched by stem. */
  searchText: string;
}

/** Explorer filters; every bound is inclusive and optional. */
export interface OccupationFilters {
  terms: readonly string[];
  group?: string;
  jobZone?: number;
  minExposure?: number;
  maxExposure?: number;
  minWage?: number;
  maxWage?: number;
  minEmployment?: number;
  maxEmployment?: number;
}

export const SORT_KEYS = ['title', 'code', 'exposure', 'employment', 'wage', 'jobZone'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
/** A sort: a key, descending when prefixed with '-' (e.g. "-exposure"). */
export type Sort = SortKey | `-${SortKey}`;

function within(value: number | null, min?: number, max?: number): boolean {
  if (min === undefined && max === undefined) return true;
  if (value === null) return false;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/**
 * Keeps occupations matching every search term (in title or task text) and every bound.
 * `matches`, when given, is the precomputed set of row indices that match the terms.
 */
export function filterOccupations<T extends FilterableOccupation>(
  rows: readonly T[],
  f: OccupationFilters,
  matches?: Set<number> | null,
): T[] {
  return rows.filter(
    (o, i) =>
      (matches === undefined ? f.terms.every((t) => o.searchText.includes(t)) : matches === null || matches.has(i)) &&
      (f.group === undefined || o.majorGroup === f.group) &&
      (f.jobZone === undefined || o.jobZone === f.jobZone) &&
      within(o.exposure, f.minExposure, f.maxExposure) &&
      within(o.medianWage, f.minWage, f.maxWage) &&
      within(o.socEmployment, f.minEmployment, f.maxEmployment),
  );
}

const value: Record<SortKey, (o: FilterableOccupation) => string | number | null> = {
  title: (o) => o.title,
  code: (o) => o.code,
  exposure: (o) => o.exposure,
  employment: (o) => o.socEmployment,
  wage: (o) => o.medianWage,
  jobZone: (o) => o.jobZone,
};

/**
 * Sorts by the key (nulls always last, then by code for a stable order). With search terms,
 * occupations whose title matches every term come first, so "accountant" lists
 * Accountants and Auditors before occupations that only mention accounts in a task.
 */
export function sortOccupations<T extends FilterableOccupation>(
  rows: readonly T[],
  sort: Sort,
  terms: readonly string[] = [],
): T[] {
  const desc = sort.startsWith('-');
  const get = value[(desc ? sort.slice(1) : sort) as SortKey];
  const titleHit = (o: T) => (terms.length > 0 && terms.every((t) => o.titleText.includes(t)) ? 0 : 1);
  return [...rows].sort((a, b) => {
    const t = titleHit(a) - titleHit(b);
    if (t !== 0) return t;
    const va = get(a);
    const vb = get(b);
    if (va === null || vb === null) return va === vb ? a.code.localeCompare(b.code) : va === null ? 1 : -1;
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return (desc ? -c : c) || a.code.localeCompare(b.code);
  });
}

/**
 * Workers in the SOC codes the rows belong to, each code counted once however many of its O*NET
 * occupations matched (BLS counts workers per SOC code, so a code's workers cannot be divided).
 */
export function sumEmployment(
  rows: readonly { employmentCode: string | null; socEmployment: number | null }[],
): number {
  const byCode = new Map<string, number>();
  for (const o of rows)
    if (o.employmentCode !== null && o.socEmployment !== null) byCode.set(o.employmentCode, o.socEmployment);
  return [...byCode.values()].reduce((s, n) => s + n, 0);
}
