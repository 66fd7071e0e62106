import type { IndustriesQuery, IndustryQuery } from '@/lib/views/industry-filters';

/** /industries state as a query string, defaults left out so shared links stay short. */
export function industriesQueryString(q: IndustriesQuery): string {
  return q.sort === '-exposure' ? '' : `?sort=${encodeURIComponent(q.sort)}`;
}

/** A sector page's state as a query string, defaults left out. */
export function industryQueryString(q: IndustryQuery, patch: Partial<IndustryQuery> = {}): string {
  const m = { ...q, ...patch };
  const params = new URLSearchParams();
  if (m.sort !== '-exposedWorkers') params.set('sort', m.sort);
  if (m.page !== 1) params.set('page', String(m.page));
  if (m.pageSize !== 50) params.set('pageSize', String(m.pageSize));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The sector CSV's query: with `paged` exactly the rows on this page, otherwise all of the sector's rows. */
export function industryExportQuery(sector: string, q: IndustryQuery, paged: boolean): string {
  const params = new URLSearchParams({ sector, sort: q.sort });
  if (paged) {
    params.set('page', String(q.page));
    params.set('pageSize', String(q.pageSize));
  }
  return `?${params.toString()}`;
}
