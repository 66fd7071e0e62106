import type { IndustryOccupation, SectorSummary } from './industry';

/** Columns /industries can be ranked by (prefix "-" for descending in query strings). */
export const SECTOR_SORT_KEYS = [
  'exposure',
  'workers',
  'exposedWorkers',
  'topQuintileShare',
  'automationShare',
  'title',
] as const;
export type SectorSortKey = (typeof SECTOR_SORT_KEYS)[number];

/** Columns a sector's occupation list can be ranked by. */
export const OCCUPATION_SORT_KEYS = ['exposedWorkers', 'workers', 'exposure', 'automationShare', 'title'] as const;
export type OccupationSortKey = (typeof OCCUPATION_SORT_KEYS)[number];

/** A sort key with an optional leading "-" for descending order. */
export type Signed<K extends string> = K | `-${K}`;

/** Every signed form of the keys, for zod enums and OpenAPI. */
export function signedKeys<K extends string>(keys: readonly K[]): [Signed<K>, ...Signed<K>[]] {
  return keys.flatMap((k) => [k, `-${k}` as const]) as [Signed<K>, ...Signed<K>[]];
}

/**
 * Sorts rows by one field: numbers with missing values last whatever the direction, text
 * alphabetically; ties keep a stable order by `tie` so pages and CSVs agree row for row.
 */
function sortBy<T>(
  rows: readonly T[],
  sort: string,
  value: (row: T, key: string) => number | string | null,
  tie: (row: T) => string,
): T[] {
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  return [...rows].sort((a, b) => {
    const va = value(a, key);
    const vb = value(b, key);
    if (va === null || vb === null) return va === vb ? tie(a).localeCompare(tie(b)) : va === null ? 1 : -1;
    const order = typeof va === 'string' ? va.localeCompare(vb as string) : va - (vb as number);
    return (desc ? -order : order) || tie(a).localeCompare(tie(b));
  });
}

/** Sectors in the order of a signed sort key. */
export function sortSectors(rows: readonly SectorSummary[], sort: Signed<SectorSortKey>): SectorSummary[] {
  return sortBy(
    rows,
    sort,
    (r, k) => r[k as SectorSortKey],
    (r) => r.naics,
  );
}

/** A sector's occupations in the order of a signed sort key. */
export function sortOccupations(
  rows: readonly IndustryOccupation[],
  sort: Signed<OccupationSortKey>,
): IndustryOccupation[] {
  return sortBy(
    rows,
    sort,
    (r, k) => r[k as OccupationSortKey],
    (r) => r.occCode,
  );
}
