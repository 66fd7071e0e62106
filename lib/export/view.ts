import type { z } from 'zod';
import type { Db } from '../db/client';
import type { CsvColumn } from './csv';

/** One downloadable view: its validated parameters, its columns and how to produce its rows. */
export interface ExportView {
  name: string;
  params: z.ZodType;
  /** Adjusts raw query parameters before validation (e.g. to note whether a page was asked for). */
  prepare?: (raw: Record<string, string>) => Record<string, unknown>;
  columns: readonly CsvColumn<never>[] | ((db: Db, params: never) => Promise<readonly CsvColumn<never>[]>);
  rows: (db: Db, params: never) => Promise<Iterable<unknown> | AsyncIterable<unknown>> | AsyncIterable<unknown>;
  /** Rendered once per data stamp and parameters and served from memory: only for small views built from cached data. */
  cacheable?: boolean;
  /** 'all': every column but `year` is a count of workers (whole numbers); otherwise worker-count columns are found by header. */
  counts?: 'all';
}

/** Declares a view with its row type checked against its columns and parameters. */
export function defineView<P extends z.ZodType, Row>(view: {
  name: string;
  params: P;
  prepare?: (raw: Record<string, string>) => Record<string, unknown>;
  columns: readonly CsvColumn<Row>[] | ((db: Db, params: z.infer<P>) => Promise<readonly CsvColumn<Row>[]>);
  rows: (db: Db, params: z.infer<P>) => Promise<Iterable<Row> | AsyncIterable<Row>> | AsyncIterable<Row>;
  cacheable?: boolean;
  counts?: 'all';
}): ExportView {
  return view as unknown as ExportView;
}
