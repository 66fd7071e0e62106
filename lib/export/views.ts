import { paramsObject, type RawParams } from '../api/params';
import type { Db } from '../db/client';
import { fetchCurrentModel } from '../db/queries/model';
import { type CsvColumn, exportFileName, toCsv } from './csv';
import type { ExportView } from './view';
import { ExportNotFound, occupationViews } from './views-occupation';
import { pageViews } from './views-pages';

export { ExportNotFound };

/** Every downloadable view by name: GET /api/export/{name}.csv. */
export const EXPORT_VIEWS: ReadonlyMap<string, ExportView> = new Map([...occupationViews, ...pageViews].map((v) => [v.name, v]));

/** A prepared export: its file name and its CSV text as a lazy stream of chunks. */
export interface PreparedExport {
  fileName: string;
  chunks: AsyncGenerator<string>;
}

export type ExportResult =
  | { ok: true; export: PreparedExport }
  | { ok: false; status: 400 | 404; parameter?: string; message: string };

/**
 * Validates an export request and prepares its stream: the rows are produced only as the
 * stream is read, one batch at a time for the large views.
 */
export async function prepareExport(name: string, raw: RawParams, db: Db): Promise<ExportResult> {
  const view = EXPORT_VIEWS.get(name);
  if (!view) return { ok: false, status: 404, parameter: 'view', message: `Unknown export view "${name}"; known: ${[...EXPORT_VIEWS.keys()].join(', ')}` };
  const obj = paramsObject(raw);
  const parsed = view.params.safeParse(view.prepare ? view.prepare(obj) : obj);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const parameter = issue.path.map(String).join('.') || 'query';
    return { ok: false, status: 400, parameter, message: `Invalid parameter "${parameter}": ${issue.message}` };
  }
  const params = parsed.data as never;
  try {
    const columns = (typeof view.columns === 'function' ? await view.columns(db, params) : view.columns) as readonly CsvColumn<unknown>[];
    const rows = await view.rows(db, params);
    const model = await fetchCurrentModel(db);
    return { ok: true, export: { fileName: exportFileName(name, model?.version ?? null), chunks: toCsv(columns, rows as Iterable<unknown>) } };
  } catch (err) {
    if (err instanceof ExportNotFound) return { ok: false, status: 404, parameter: 'code', message: err.message };
    throw err;
  }
}
