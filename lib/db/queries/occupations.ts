import { filterOccupations, type OccupationFilters, sortOccupations, sumEmployment, type Sort } from '../../analytics/filter';
import { matchDocuments, searchTerms } from '../../analytics/search';
import { type Db, getDb } from '../client';
import { keyedCache, stableKey } from './cache';
import { type CatalogueOccupation, fetchCatalogue } from './catalogue';

/** Filters as validated by lib/api/schemas occupationsQuery. */
export interface OccupationsParams extends Omit<OccupationFilters, 'terms'> {
  q: string;
  sort: Sort;
  page: number;
  pageSize: number;
}

/** One row of the occupation table and of GET /api/occupations. */
export type OccupationListItem = Omit<CatalogueOccupation, 'searchText' | 'titleText'>;

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

function listItem(o: CatalogueOccupation): OccupationListItem {
  const { searchText: _s, titleText: _t, ...rest } = o;
  return rest;
}

/** Catalogue occupations matching the filters, sorted, not yet copied into list items. */
async function matching(p: Omit<OccupationsParams, 'page' | 'pageSize'>, db: Db) {
  const catalogue = await fetchCatalogue(db);
  const terms = searchTerms(p.q);
  const matches = matchDocuments(catalogue.searchIndex, terms);
  return { rows: sortOccupations(filterOccupations(catalogue.occupations, { ...p, terms }, matches), p.sort, terms), catalogue };
}

/** All occupations matching the filters, sorted (no paging): the explorer's and the export's rows. */
export async function fetchMatchingOccupations(p: Omit<OccupationsParams, 'page' | 'pageSize'>, db: Db = getDb()) {
  const { rows, catalogue } = await matching(p, db);
  return { rows: rows.map(listItem), catalogue };
}

/**
 * The cache key of a query: its parameters in key order with `q` reduced to its search terms, so
 * "Nurses" and " nurse" share an entry; absent and undefined filters are the same key.
 */
export function occupationsKey(p: Omit<OccupationsParams, 'page' | 'pageSize'> & Partial<Pick<OccupationsParams, 'page' | 'pageSize'>>): string {
  return stableKey({ ...p, q: searchTerms(p.q) });
}

// Pages of the explorer and of GET /api/occupations per data stamp: search, filter and sort once per query.
const pages = keyedCache<OccupationsPage>(256);

/**
 * One page of the occupation explorer, with the number of occupations and workers matching.
 * Kept per data stamp in a bounded LRU (256 queries); callers must not mutate the page.
 */
export function fetchOccupations(p: OccupationsParams, db: Db = getDb()): Promise<OccupationsPage> {
  return pages(db, occupationsKey(p), () => loadPage(p, db));
}

async function loadPage(p: OccupationsParams, db: Db): Promise<OccupationsPage> {
  const { rows, catalogue } = await matching(p, db);
  const start = (p.page - 1) * p.pageSize;
  return {
    items: rows.slice(start, start + p.pageSize).map(listItem), // copy only the rows shown
    total: rows.length,
    workers: sumEmployment(rows),
    page: p.page,
    pageSize: p.pageSize,
    employmentYear: catalogue.employmentYear,
    modelVersion: catalogue.modelVersion,
  };
}
