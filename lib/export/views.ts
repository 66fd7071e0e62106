import { paramsObject, type RawParams } from '../api/params';
import type { Db } from '../db/client';
import { keyedCache, stableKey } from '../db/queries/cache';
import { fetchCurrentModel } from '../db/queries/model';
import { wholeCount, withWholeCounts } from './counts';
import { type CsvColumn, exportFileName, toCsv } from './csv';
import type { ExportView } from './view';
import { industryViews } from './views-industry';
import { modelViews } from './views-model';
import { ExportNotFound, occupationViews } from './views-occupation';
import { pageViews } from './views-pages';
import { scenarioViews } from './views-scenario';

export { ExportNotFound };

/** Every downloadable view by name: GET /api/export/{name}.csv. */
export const EXPORT_VIEWS: ReadonlyMap<string, ExportView> = new Map([...occupationViews, ...pageViews, ...industryViews, ...scenarioViews, ...modelViews].map((v) => [v.name, v]));

/** A prepared export: its file name and its CSV, as a lazy stream of text chunks or as bytes rendered earlier. */
export interface PreparedExport {
  fileName: string;
  body: AsyncGenerator<string> | Uint8Array<ArrayBuffer>;
}

/** A cacheable view's CSV as bytes, with the model version its rows carry. */
interface Rendered {
  bytes: Uint8Array<ArrayBuffer>;
  modelVersion: string | null;
}
// Every request for the same view and parameters gets the same bytes until the data stamp moves;
// 16 entries of at most ≈ 200 KB (the full occupations CSV) bound it to a few MB.
const rendered = keyedCache<Rendered>(16);

/** Concatenates a CSV's chunks into one UTF-8 byte array. */
export async function renderCsv(chunks: AsyncIterable<string>): Promise<Uint8Array<ArrayBuffer>> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return new TextEncoder().encode(parts.join(''));
}

/** A cache key for validated parameters: keys sorted, so the order of the query string does not matter. */
const paramsKey = (name: string, params: object): string => `${name}?${stableKey(params)}`;

export type ExportResult =
  | { ok: true; export: PreparedExport }
  | { ok: false; status: 400 | 404; parameter?: string; message: string };

/**
 * Validates an export request and prepares its stream: the rows are produced only as the
 * stream is read, one batch at a time for the large views. Cacheable views are rendered once per
 * data stamp and parameters; concurrent requests share that rendering and get the same bytes.
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
  const produce = async () => {
    const declared = (typeof view.columns === 'function' ? await view.columns(db, params) : view.columns) as readonly CsvColumn<unknown>[];
    const columns = view.counts === 'all' ? declared.map((c) => (c.header === 'year' ? c : { ...c, value: (r: unknown) => wholeCount(c.value(r)) })) : withWholeCounts(declared);
    const rows = await view.rows(db, params);
    return { columns, rows: rows as Iterable<unknown> };
  };
  try {
    if (view.cacheable) {
      const hit = await rendered(db, paramsKey(name, parsed.data as object), async () => {
        const { columns, rows } = await produce();
        return { bytes: await renderCsv(toCsv(columns, rows)), modelVersion: (await fetchCurrentModel(db))?.version ?? null };
      });
      return { ok: true, export: { fileName: exportFileName(name, hit.modelVersion), body: hit.bytes } };
    }
    const { columns, rows } = await produce();
    const model = await fetchCurrentModel(db);
    return { ok: true, export: { fileName: exportFileName(name, model?.version ?? null), body: toCsv(columns, rows) } };
  } catch (err) {
    if (err instanceof ExportNotFound) return { ok: false, status: 404, parameter: err.parameter, message: err.message };
    throw err;
  }
}
