import type { OccupationsQuery } from '@/lib/views/filters';

/** Builds a query string from explorer state, leaving out defaults so shared links stay short. */
export function explorerQuery(q: OccupationsQuery, patch: Partial<OccupationsQuery> = {}): string {
  const merged = { ...q, ...patch };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === 25) continue;
    if (key === 'sort' && value === (merged.q.trim() ? 'relevance' : '-employment')) continue; // the default for this query
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Query for the CSV export: with `paged`, exactly the rows on this page; otherwise every matching row. */
export function exportQuery(q: OccupationsQuery, paged: boolean): string {
  const params = new URLSearchParams(explorerQuery(q).slice(1));
  params.delete('page');
  params.delete('pageSize');
  if (paged) {
    params.set('page', String(q.page));
    params.set('pageSize', String(q.pageSize));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
