import {
  filterOccupations,
  type OccupationFilters,
  type Sort,
  sortOccupations,
  sumEmployment,
} from '../../analytics/filter';
import { matchDocuments, searchTerms } from '../../analytics/search';
import { type Relevance, relevanceOf } from '../../analytics/relevance';
import { servingTitleCoder } from '../../models/titles/serve';
import { type Db, getDb } from '../client';
import { keyedCache, stableKey } from './cache';
import { type CatalogueOccupation, fetchCatalogue } from './catalogue';
import { CODE_PATTERN, fetchCodeAliases, resolveCode } from './code-aliases';

/** A sort key, or relevance to the search (the default when there is a search). */
export type OccupationSort = Sort | 'relevance';

/** Filters as validated by lib/api/schemas occupationsQuery. */
export interface OccupationsParams extends Omit<OccupationFilters, 'terms'> {
  q: string;
  sort: OccupationSort;
  page: number;
  pageSize: number;
}

/** One row of the occupation table and of GET /api/occupations. */
export type OccupationListItem = Omit<CatalogueOccupation, 'searchText' | 'titleText'> & {
  /** Why the occupation matched the search (e.g. "alternate title: Java Developer"); only when searching. */
  why?: string;
};

/** A page of matching occupations plus the totals of everything that matched. */
export interface OccupationsPage {
  items: OccupationListItem[];
  total: number;
  workers: number;
  page: number;
  pageSize: number;
  employmentYear: number | null;
  modelVersion: string | null;
}

function listItem(o: CatalogueOccupation, relevance: Map<string, Relevance> | null): OccupationListItem {
  const { searchText: _s, titleText: _t, ...rest } = o;
  const why = relevance?.get(o.code)?.why;
  return why ? { ...rest, why } : rest;
}

/** Most relevant first; ties by employment (largest first), then code. */
function byRelevance(rows: CatalogueOccupation[], relevance: Map<string, Relevance>): CatalogueOccupation[] {
  const score = (o: CatalogueOccupation) => relevance.get(o.code)?.score ?? 0;
  return rows.sort(
    (a, b) => score(b) - score(a) || (b.socEmployment ?? -1) - (a.socEmployment ?? -1) || a.code.localeCompare(b.code),
  );
}

/**
 * Catalogue occupations matching the filters, sorted, not yet copied into list items. A search matches
 * a typed code (SOC, O*NET-SOC, or their 2010 versions through the crosswalks), the title coder's
 * likely occupations, and occupations whose title or tasks contain every term.
 */
async function matching(p: Omit<OccupationsParams, 'page' | 'pageSize'>, db: Db) {
  const catalogue = await fetchCatalogue(db);
  const terms = searchTerms(p.q);
  const lexical = matchDocuments(catalogue.searchIndex, terms);
  if (terms.length === 0) {
    const sort = p.sort === 'relevance' ? '-employment' : p.sort;
    return {
      rows: sortOccupations(filterOccupations(catalogue.occupations, { ...p, terms }, lexical), sort, terms),
      catalogue,
      relevance: null,
    };
  }
  const [coder, aliases] = await Promise.all([servingTitleCoder(), fetchCodeAliases(db)]);
  const resolved = resolveCode(p.q, catalogue.occupations, aliases);
  // the coder reads the search terms, so queries sharing a cache key (" Nurses", "nurse") share results
  const relevance = relevanceOf(
    terms.join(' '),
    terms,
    catalogue.occupations,
    resolved ? null : lexical,
    coder,
    resolved,
  );
  const hits = new Set<number>();
  catalogue.occupations.forEach((o, i) => {
    if (relevance.has(o.code)) hits.add(i);
  });
  const rows = filterOccupations(catalogue.occupations, { ...p, terms }, hits);
  return {
    rows: p.sort === 'relevance' ? byRelevance(rows, relevance) : sortOccupations(rows, p.sort, terms),
    catalogue,
    relevance,
  };
}

/** All occupations matching the filters, sorted (no paging): the explorer's and the export's rows. */
export async function fetchMatchingOccupations(p: Omit<OccupationsParams, 'page' | 'pageSize'>, db: Db = getDb()) {
  const { rows, catalogue, relevance } = await matching(p, db);
  return { rows: rows.map((o) => listItem(o, relevance)), catalogue };
}

/**
 * The cache key of a query: its parameters in key order with `q` reduced to its search terms, so
 * "Nurses" and " nurse" share an entry; absent and undefined filters are the same key.
 */
export function occupationsKey(
  p: Omit<OccupationsParams, 'page' | 'pageSize'> & Partial<Pick<OccupationsParams, 'page' | 'pageSize'>>,
): string {
  return stableKey({ ...p, q: searchTerms(p.q), code: CODE_PATTERN.test(p.q.trim()) ? p.q.trim() : undefined });
}

// Pages of the explorer and of GET /api/occupations per data stamp: search, filter and sort once per query.
const pages = keyedCache<OccupationsPage>('occupations.pages', 256);

/**
 * One page of the occupation explorer, with the number of occupations and workers matching.
 * Kept per data stamp in a bounded LRU (256 queries); callers must not mutate the page.
 */
export function fetchOccupations(p: OccupationsParams, db: Db = getDb()): Promise<OccupationsPage> {
  return pages(db, occupationsKey(p), () => loadPage(p, db));
}

async function loadPage(p: OccupationsParams, db: Db): Promise<OccupationsPage> {
  const { rows, catalogue, relevance } = await matching(p, db);
  const start = (p.page - 1) * p.pageSize;
  return {
    items: rows.slice(start, start + p.pageSize).map((o) => listItem(o, relevance)), // copy only the rows shown
    total: rows.length,
    workers: sumEmployment(rows),
    page: p.page,
    pageSize: p.pageSize,
    employmentYear: catalogue.employmentYear,
    modelVersion: catalogue.modelVersion,
  };
}
