import type { z } from 'zod';
import type { Db } from '../db/client';
import type { Column } from './columns';

/**
 * One view: the rows behind a chart or table, its column labels and units, and its filters (the
 * zod schema of its parameters). The page draws its rows, the API returns them, the CSV exports them.
 */
export interface View<P extends z.ZodType = z.ZodType, Row = unknown> {
  name: string;
  params: P;
  /** Adjusts raw query parameters before validation (e.g. to note whether a page was asked for). */
  prepare?: (raw: Record<string, unknown>) => Record<string, unknown>;
  columns: readonly Column<Row>[] | ((db: Db, params: z.infer<P>) => Promise<readonly Column<Row>[]>);
  rows: (db: Db, params: z.infer<P>) => Promise<Iterable<Row> | AsyncIterable<Row>> | AsyncIterable<Row>;
  /** Rendered once per data stamp and parameters and served from memory: only for small views built from cached data. */
  cacheable?: boolean;
  /** 'all': every column but `year` is a count of workers (whole numbers); otherwise worker-count columns are found by header. */
  counts?: 'all';
}

/** Any registered view, whatever its parameters and rows (the registry and the export route hold these). */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds views of every row type; each is checked where it is defined
export type AnyView = View<z.ZodType, any>;

/** Declares a view with its row type checked against its columns and parameters. */
export function defineView<P extends z.ZodType, Row>(view: View<P, Row>): View<P, Row> {
  return view;
}

/** Thrown when a view's parameters name something that does not exist (the route answers 404, the page notFound()). */
export class ViewNotFound extends Error {
  /** The parameter that named the missing thing (default: code). */
  constructor(
    message: string,
    readonly parameter = 'code',
  ) {
    super(message);
  }
}
