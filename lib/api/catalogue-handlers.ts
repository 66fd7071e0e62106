import { z } from 'zod';
import type { AuthConfig } from '../auth/config';
import { requireSignedIn } from '../auth/signed-in';
import type { Db } from '../db/client';
import {
  confirmCatalogue,
  type CatalogueRecord,
  deleteCatalogue,
  listCatalogues,
  reassignJob,
} from '../db/job-catalogues';
import { currentOccupationCodes, fetchCatalogueReport } from '../db/queries/job-catalogue-report';
import { MAX_CATALOGUE_BYTES } from '../ingest/catalogue/parse';
import { stageCatalogue, type TitleMatcher } from '../ingest/catalogue/stage';
import { multipartForm, MULTIPART_OVERHEAD_BYTES, readBodyCapped } from '../ingest/upload-body';
import { catalogueCsv, catalogueCsvName } from '../export/catalogue';
import { defaultTitleMatcher } from './catalogue-matcher';

/** What the catalogue handlers need; tests pass their own database, secrets and matcher. */
export interface CatalogueContext {
  db: Db;
  auth?: AuthConfig;
  matcher?: TitleMatcher;
  maxBytes?: number;
}

/** Catalogue ids are 24 hex characters; anything else is refused before it reaches a query. */
export const catalogueId = z.string().regex(/^[0-9a-f]{24}$/, 'not a catalogue id');
/** A job's position in its catalogue (the {position} path segment). */
export const jobPosition = z.coerce
  .number()
  .int('not a job number')
  .min(0, 'not a job number')
  .max(1_000_000, 'not a job number');
/** A reassignment: an O*NET-SOC code of a current occupation, or null to undo. */
export const reassignBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{2}-\d{4}\.\d{2}$/, 'expected an O*NET-SOC code like 15-1252.00')
    .nullable(),
});

const PRIVATE = { 'cache-control': 'private, no-store' };
const json = (status: number, body: unknown) => Response.json(body, { status, headers: PRIVATE });
const fail = (status: number, reason: string, file = '') => json(status, { errors: [{ file, line: 0, reason }] });

/** A catalogue as the API shows it. */
export function catalogueView(c: CatalogueRecord) {
  return { ...c, createdAt: c.createdAt.toISOString(), confirmedAt: c.confirmedAt?.toISOString() ?? null };
}

/** POST /api/catalogues (multipart: file) → 201 with the staged catalogue's validation report, or 4xx with errors (nothing stored). */
export async function postCatalogue(request: Request, ctx: CatalogueContext): Promise<Response> {
  const denied = await requireSignedIn(request, ctx.auth);
  if (denied) return denied;
  const maxBytes = ctx.maxBytes ?? MAX_CATALOGUE_BYTES;
  const tooLarge = () => fail(413, `the upload is larger than the ${Math.round(maxBytes / 1048576)} MB limit`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes + MULTIPART_OVERHEAD_BYTES) return tooLarge();
  const body = await readBodyCapped(request, maxBytes + MULTIPART_OVERHEAD_BYTES); // counted while it streams
  if (!body) return tooLarge();
  const form = await multipartForm(body, request.headers.get('content-type'));
  if (!form) return fail(400, 'expected a multipart/form-data body');
  const file = form.get('file');
  if (!(file instanceof File)) return fail(400, 'no file was attached (field "file")');
  const name = z.string().trim().min(1).max(200).safeParse(file.name);
  if (!name.success) return fail(400, 'the file needs a name of 1 to 200 characters');
  if (file.size > maxBytes)
    return fail(413, `the file is larger than the ${Math.round(maxBytes / 1048576)} MB limit`, name.data);
  const occupations = new Set((await currentOccupationCodes(ctx.db)).keys());
  const staged = await stageCatalogue(
    ctx.db,
    { bytes: new Uint8Array(await file.arrayBuffer()), name: name.data },
    occupations,
    ctx.matcher ?? defaultTitleMatcher,
  );
  if (!staged.ok) return json(422, { errors: staged.errors });
  return json(201, { catalogue: catalogueView(staged.catalogue) });
}

/** GET /api/catalogues → every catalogue with its job count and headcount. */
export async function getCatalogues(request: Request, ctx: CatalogueContext): Promise<Response> {
  const denied = await requireSignedIn(request, ctx.auth);
  if (denied) return denied;
  return json(200, {
    catalogues: (await listCatalogues(ctx.db)).map((c) => ({
      ...catalogueView(c),
      jobs: c.jobs,
      headcount: c.headcount,
    })),
  });
}

/** GET /api/catalogues/:id → the report (headline, departments, jobs, review queue). */
export async function getCatalogueReport(request: Request, id: string, ctx: CatalogueContext): Promise<Response> {
  const denied = await requireSignedIn(request, ctx.auth);
  if (denied) return denied;
  if (!catalogueId.safeParse(id).success) return fail(400, 'not a catalogue id');
  const report = await fetchCatalogueReport(id, ctx.db);
  return report ? json(200, { ...report, catalogue: catalogueView(report.catalogue) }) : fail(404, 'no such catalogue');
}

/** POST /api/catalogues/:id/confirm → the staged catalogue becomes ready (409 unless it is still staged). */
export async function postConfirmCatalogue(request: Request, id: string, ctx: CatalogueContext): Promise<Response> {
  const denied = await requireSignedIn(request, ctx.auth);
  if (denied) return denied;
  if (!catalogueId.safeParse(id).success) return fail(400, 'not a catalogue id');
  return (await confirmCatalogue(ctx.db, id))
    ? json(200, { confirmed: true })
    : fail(409, 'this catalogue is not waiting for confirmation');
}

/** DELETE /api/catalogues/:id → the catalogue and all its jobs are deleted. */
export async function deleteCatalogueRoute(request: Request, id: string, ctx: CatalogueContext): Promise<Response> {
  const denied = await requireSignedIn(request, ctx.auth);
  if (denied) return denied;
  if (!catalogueId.safeParse(id).success) return fail(400, 'not a catalogue id');
  return (await deleteCatalogue(ctx.db, id)) ? json(200, { deleted: true }) : fail(404, 'no such catalogue');
}

/** PATCH /api/catalogues/:id/jobs/:position {code} → saves the job's occupation (a current O*NET-SOC code, or null to undo). */
export async function patchCatalogueJob(
  request: Request,
  id: string,
  position: string,
  ctx: CatalogueContext,
): Promise<Response> {
  const denied = await requireSignedIn(request, ctx.auth);
  if (denied) return denied;
  if (!catalogueId.safeParse(id).success) return fail(400, 'not a catalogue id');
  const pos = jobPosition.safeParse(position);
  if (!pos.success) return fail(400, 'not a job number');
  const raw = await readBodyCapped(request, 4096); // a code is a few bytes: a large body is refused unread
  if (!raw) return fail(413, 'the body is larger than 4 KB');
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    return fail(400, 'expected a JSON body such as {"code": "15-1252.00"}');
  }
  const body = reassignBody.safeParse(parsedJson);
  if (!body.success) return fail(400, body.error.issues.map((i) => i.message).join('; '));
  const code = body.data.code;
  if (code !== null && !(await currentOccupationCodes(ctx.db)).has(code))
    return fail(422, `no current O*NET occupation has the code ${code}`);
  return (await reassignJob(ctx.db, id, pos.data, code))
    ? json(200, { position: pos.data, code })
    : fail(404, 'no such job');
}

/** GET /api/catalogues/:id/export → the whole report as CSV, one row per job (formula-safe). */
export async function getCatalogueCsv(request: Request, id: string, ctx: CatalogueContext): Promise<Response> {
  const denied = await requireSignedIn(request, ctx.auth);
  if (denied) return denied;
  if (!catalogueId.safeParse(id).success) return fail(400, 'not a catalogue id');
  const report = await fetchCatalogueReport(id, ctx.db);
  if (!report) return fail(404, 'no such catalogue');
  return new Response(catalogueCsv(report), {
    status: 200,
    headers: {
      ...PRIVATE,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${catalogueCsvName(report)}"`,
    },
  });
}
