import type { RawParams } from '../http/params';
import type { Db } from '../db/client';
import { keyedCache, stableKey } from '../db/queries/cache';
import { fetchCurrentModel } from '../db/queries/model';
import { openView, parseFilters, VIEWS } from '../views/registry';
import { ViewNotFound } from '../views/view';
import { exportFileName, toCsv } from './csv';

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
const rendered = keyedCache<Rendered>('export.rendered', 16);

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
 * Validates an export request and prepares its stream of the view's rows (lib/views, the rows the
 * page draws): produced only as the stream is read, one batch at a time for the large views.
 * Cacheable views are rendered once per data stamp and parameters; concurrent requests share that
 * rendering and get the same bytes.
 */
export async function prepareExport(name: string, raw: RawParams, db: Db): Promise<ExportResult> {
  const view = VIEWS.get(name);
  if (!view)
    return {
      ok: false,
      status: 404,
      parameter: 'view',
      message: `Unknown export view "${name}"; known: ${[...VIEWS.keys()].join(', ')}`,
    };
  const filters = parseFilters(view, raw);
  if (!filters.ok) return filters;
  const produce = async () => {
    const { columns, rows } = await openView(view, filters, db);
    return toCsv(columns, rows);
  };
  try {
    if (view.cacheable) {
      const hit = await rendered(db, paramsKey(name, filters.params as object), async () => ({
        bytes: await renderCsv(await produce()),
        modelVersion: (await fetchCurrentModel(db))?.version ?? null,
      }));
      return { ok: true, export: { fileName: exportFileName(name, hit.modelVersion), body: hit.bytes } };
    }
    const body = await produce();
    const model = await fetchCurrentModel(db);
    return { ok: true, export: { fileName: exportFileName(name, model?.version ?? null), body } };
  } catch (err) {
    if (err instanceof ViewNotFound) return { ok: false, status: 404, parameter: err.parameter, message: err.message };
    throw err;
  }
}
