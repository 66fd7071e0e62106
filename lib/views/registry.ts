import type { z } from 'zod';
import { getDb, type Db } from '../db/client';
import { paramsObject, type RawParams } from '../http/params';
import type { Column } from './columns';
import { withWholeCounts } from './counts';
import { industryViews } from './industry';
import { modelViews } from './model';
import { occupationViews } from './occupation';
import { pageViews } from './pages';
import { scenarioViews } from './scenario';
import type { AnyView, View } from './view';

/** Every view by name: the page draws it, GET /api/export/{name}.csv exports it. */
export const VIEWS: ReadonlyMap<string, AnyView> = new Map(
  [...occupationViews, ...pageViews, ...industryViews, ...scenarioViews, ...modelViews].map((v) => [v.name, v]),
);

/** A view opened with its filters: the column labels and units, and the rows (a lazy stream for the large views). */
export interface ViewData<Row> {
  name: string;
  /** The query it was opened with (raw, before defaults), so its CSV link asks for the same rows. */
  query: Record<string, string>;
  columns: readonly Column<Row>[];
  rows: Iterable<Row> | AsyncIterable<Row>;
}

export type ParsedFilters =
  | { ok: true; query: Record<string, string>; params: unknown }
  | { ok: false; status: 400; parameter: string; message: string };

/** Validates a view's filters (query parameters); the first bad one is named. */
export function parseFilters(view: AnyView, raw: RawParams): ParsedFilters {
  const query = paramsObject(raw);
  const parsed = view.params.safeParse(view.prepare ? view.prepare(query) : query);
  if (parsed.success) return { ok: true, query, params: parsed.data };
  const issue = parsed.error.issues[0]!;
  const parameter = issue.path.map(String).join('.') || 'query';
  return { ok: false, status: 400, parameter, message: `Invalid parameter "${parameter}": ${issue.message}` };
}

/** The view's columns with their units: worker counts (by header, or every column but year) written as whole numbers. */
async function columnsOf<Row>(view: View<z.ZodType, Row>, params: unknown, db: Db): Promise<Column<Row>[]> {
  const declared = typeof view.columns === 'function' ? await view.columns(db, params) : view.columns;
  return view.counts === 'all' ? withWholeCounts(declared, (c) => c.header !== 'year') : withWholeCounts(declared);
}

/** Opens a view with validated filters: its columns and its rows, produced lazily for the streamed views. */
export async function openView<Row>(
  view: View<z.ZodType, Row>,
  filters: { query: Record<string, string>; params: unknown },
  db: Db,
): Promise<ViewData<Row>> {
  const columns = await columnsOf(view, filters.params, db);
  return { name: view.name, query: filters.query, columns, rows: await view.rows(db, filters.params) };
}

/**
 * The rows a page draws: the view opened with the page's filters and its rows collected.
 * Throws on invalid filters (a page passes filters it validated) and ViewNotFound for a missing code.
 */
export async function viewRows<P extends z.ZodType, Row>(
  view: View<P, Row>,
  raw: RawParams = {},
  db: Db = getDb(),
): Promise<ViewData<Row> & { rows: Row[] }> {
  const filters = parseFilters(view as AnyView, raw);
  if (!filters.ok) throw new Error(`${view.name}: ${filters.message}`);
  const data = await openView(view as View<z.ZodType, Row>, filters, db);
  const rows: Row[] = [];
  for await (const row of data.rows) rows.push(row);
  return { ...data, rows };
}

/** The CSV link for opened rows: the same view with the same filters, so the file holds exactly these rows. */
export function csvHref(data: { name: string; query: Record<string, string> }): string {
  const qs = new URLSearchParams(data.query).toString();
  return `/api/export/${data.name}.csv${qs ? `?${qs}` : ''}`;
}
