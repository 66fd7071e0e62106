import type { Db } from '../db/client';
import type { RawParams } from '../http/params';
import type { Cell, Column } from '../views/columns';
import { openView, parseFilters, VIEWS } from '../views/registry';
import { ViewNotFound } from '../views/view';
import { csvStream } from './csv-response';

/** A cell as JSON: dates as ISO text, non-finite numbers and missing values as null. */
const jsonCell = (v: Cell): string | number | boolean | null =>
  v instanceof Date ? v.toISOString() : typeof v === 'number' && !Number.isFinite(v) ? null : (v ?? null);

/** The view as JSON text chunks: its columns (label and unit), then one array of cells per row, streamed. */
async function* jsonChunks<Row>(
  name: string,
  columns: readonly Column<Row>[],
  rows: Iterable<Row> | AsyncIterable<Row>,
): AsyncGenerator<string> {
  const heads = columns.map((c) => ({ header: c.header, ...(c.unit && { unit: c.unit }) }));
  yield `{"view":${JSON.stringify(name)},"columns":${JSON.stringify(heads)},"rows":[`;
  let sep = '';
  for await (const row of rows) {
    yield sep + JSON.stringify(columns.map((c) => jsonCell(c.value(row))));
    sep = ',';
  }
  yield ']}';
}

/**
 * GET /api/views/{view}: the view's column labels and units and its rows, the same rows in the same
 * order as the page draws and the CSV exports (the cells the CSV writes, worker counts whole).
 */
export async function viewAnswer(name: string, raw: RawParams, db: Db): Promise<Response> {
  const view = VIEWS.get(name);
  if (!view)
    return Response.json(
      { error: `Unknown view "${name}"; known: ${[...VIEWS.keys()].join(', ')}`, parameter: 'view' },
      { status: 404 },
    );
  const filters = parseFilters(view, raw);
  if (!filters.ok) return Response.json({ error: filters.message, parameter: filters.parameter }, { status: 400 });
  try {
    const data = await openView(view, filters, db);
    return new Response(csvStream(jsonChunks(view.name, data.columns, data.rows)), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (err) {
    if (err instanceof ViewNotFound)
      return Response.json({ error: err.message, parameter: err.parameter }, { status: 404 });
    throw err;
  }
}
