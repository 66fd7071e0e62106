import { filterOccupations, type OccupationFilters, sortOccupations, sumEmployment, type Sort } from '../../analytics/filter';
import { matchDocuments, searchTerms } from '../../analytics/search';
import { type Db, getDb } from '../client';
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

/** All occupations matching the filters, sorted (no paging): the explorer's and the export's rows. */
export async function fetchMatchingOccupations(p: Omit<OccupationsParams, 'page' | 'pageSize'>, db: Db = getDb()) {
  const catalogue = await fetchCatalogue(db);
  const terms = searchTerms(p.q);
  const matches = matchDocuments(catalogue.searchIndex, terms);
  const rows = sortOccupations(filterOccupations(catalogue.occupations, { ...p, terms }, matches), p.sort, terms);
  return { rows: rows.map(listItem), catalogue };
}

/** One page of the occupation explorer, with the number of occupations and workers matching. */
export async function fetchOccupations(p: OccupationsParams, db: Db = getDb()): Promise<OccupationsPage> {
  const { rows, catalogue } = await fetchMatchingOccupations(p, db);
  const start = (p.page - 1) * p.pageSize;
  return {
    items: rows.slice(start, start + p.pageSize),
    total: rows.length,
    workers: sumEmployment(rows),
    page: p.page,
    pageSize: p.pageSize,
    employmentYear: catalogue.employmentYear,
    modelVersion: catalogue.modelVersion,
  };
}
