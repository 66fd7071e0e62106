import type { Db } from '../db/client';
import { fetchEmployment } from '../db/queries/employment';
import { fetchIndices } from '../db/queries/indices-view';
import { fetchOccupationDetail } from '../db/queries/occupation-detail';
import { fetchOccupations } from '../db/queries/occupations';
import { fetchSkills } from '../db/queries/skills';
import { wholeCount } from '../views/counts';
import { prepareExport } from '../export/views';
import { csvResponse } from './csv-response';
import { viewAnswer } from './view-answer';
import { jsonAnswer } from './json';
import { answeringErrors } from './errors';
import { badRequest, parseParams } from '../http/params';
import { employmentQuery, exportFormatQuery, occupationCode, occupationsQuery } from '../views/filters';

const json = jsonAnswer;

// Each handler answers a database outage with 503 { error: 'database unavailable', cause } (./errors.ts).

/** GET /api/occupations: the explorer's filters → { items, total, workers, page, pageSize }. */
export const handleOccupations = answeringErrors(async (req: Request, db: Db): Promise<Response> => {
  const parsed = parseParams(occupationsQuery, new URL(req.url).searchParams);
  if (!parsed.ok) return badRequest(parsed);
  return json(await fetchOccupations(parsed.data, db));
});

/** GET /api/occupations/{code}: one occupation with tasks, scores, indices, skills and employment. */
export const handleOccupation = answeringErrors(async (code: string | null, db: Db): Promise<Response> => {
  if (code === null)
    return badRequest({ parameter: 'code', message: 'Invalid parameter "code": malformed percent-encoding' });
  const parsed = occupationCode.safeParse(code);
  if (!parsed.success)
    return badRequest({ parameter: 'code', message: `Invalid parameter "code": ${parsed.error.issues[0]!.message}` });
  const detail = await fetchOccupationDetail(parsed.data, db);
  if (!detail) return json({ error: `No current occupation ${parsed.data}`, parameter: 'code' }, 404);
  return json(detail);
});

/** GET /api/employment?groupBy=quintile|majorGroup */
export const handleEmployment = answeringErrors(async (req: Request, db: Db): Promise<Response> => {
  const parsed = parseParams(employmentQuery, new URL(req.url).searchParams);
  if (!parsed.ok) return badRequest(parsed);
  const v = await fetchEmployment(parsed.data.groupBy, db);
  // Absolute rows are workers per group (keyed by group name): whole numbers, like the CSV.
  return json({
    ...v,
    absolute: v.absolute.map((row) => Object.fromEntries(Object.entries(row).map(([k, x]) => [k, wholeCount(x)]))),
  });
});

/** GET /api/skills/shift */
export const handleSkillsShift = answeringErrors(async (db: Db): Promise<Response> => {
  return json(await fetchSkills(db));
});

/** GET /api/indices */
export const handleIndices = answeringErrors(async (db: Db): Promise<Response> => {
  return json(await fetchIndices(db));
});

/** GET /api/export/{view}.csv[?bom=1]: the view's rows with the same filters as the page, streamed (small views from a per-stamp cache). */
export const handleExport = answeringErrors(async (file: string, req: Request, db: Db): Promise<Response> => {
  if (!file.endsWith('.csv'))
    return badRequest({ parameter: 'view', message: 'Invalid parameter "view": exports end in .csv' });
  const search = new URL(req.url).searchParams;
  const format = parseParams(exportFormatQuery, search);
  if (!format.ok) return badRequest(format);
  const result = await prepareExport(file.slice(0, -4), search, db);
  if (!result.ok) return json({ error: result.message, parameter: result.parameter }, result.status);
  return csvResponse(result.export.body, result.export.fileName, { bom: format.data.bom });
});

/** GET /api/views/{view}: the view's column labels, units and rows as JSON (the rows its page draws and its CSV exports). */
export const handleView = answeringErrors(
  async (name: string, req: Request, db: Db): Promise<Response> => viewAnswer(name, new URL(req.url).searchParams, db),
);
