import { z } from 'zod';
import type { AuthConfig } from '../auth/config';
import { requireAdmin } from '../auth/guard';
import type { Db } from '../db/client';
import { getUpload, listUploads, type Upload } from '../db/uploads';
import { INDEX_NAME_RE } from './sources/custom-index';
import { deleteCustomIndex } from './delete-index';
import { cancelUpload, confirmUpload, DEFAULT_UPLOADS_DIR, stageUpload } from './upload-stage';
import { MAX_UPLOAD_BYTES } from './upload';
import { multipartForm, MULTIPART_OVERHEAD_BYTES, readBodyCapped } from './upload-body';
import { resolveUploadTarget, specForUpload } from './upload-targets';

/** Everything an upload route handler needs; tests pass their own database, folder and secrets. */
export interface UploadContext {
  db: Db;
  dir?: string;
  maxBytes?: number;
  auth?: AuthConfig;
}

/** POST /api/admin/uploads form fields besides the file: which source file it replaces, or a custom index's name. */
export const uploadForm = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('source'), target: z.string().min(1, 'choose a file to replace').max(500) }),
  z.object({
    kind: z.literal('custom-index'),
    indexName: z
      .string()
      .trim()
      .regex(INDEX_NAME_RE, 'index name: lower-case letters, digits and _, starting with a letter'),
  }),
]);

/** Upload ids are 24 hex characters; anything else is refused before it reaches a path or query. */
export const uploadId = z.string().regex(/^[0-9a-f]{24}$/, 'not an upload id');

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
const fail = (status: number, reason: string, file = '') => json(status, { errors: [{ file, line: 0, reason }] });

/** The public view of an upload (the stored path stays on the server). */
export function uploadView(u: Upload) {
  const { storedPath: _stored, ...rest } = u;
  return rest;
}

/** POST /api/admin/uploads (multipart: kind, target | indexName, file) → 201 with the validation report. */
export async function postUpload(request: Request, ctx: UploadContext): Promise<Response> {
  const denied = await requireAdmin(request, ctx.auth);
  if (denied) return denied;
  const maxBytes = ctx.maxBytes ?? MAX_UPLOAD_BYTES;
  const tooLarge = () => fail(413, `the upload is larger than the ${Math.round(maxBytes / 1048576)} MB limit`);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes + MULTIPART_OVERHEAD_BYTES) return tooLarge();
  // Content-Length may be absent (chunked) or wrong: bytes are counted as they stream in.
  const body = await readBodyCapped(request, maxBytes + MULTIPART_OVERHEAD_BYTES);
  if (!body) return tooLarge();
  const form = await multipartForm(body, request.headers.get('content-type'));
  if (!form) return fail(400, 'expected a multipart/form-data body');
  const file = form.get('file');
  if (!(file instanceof File)) return fail(400, 'no file was attached (field "file")');
  const fields = uploadForm.safeParse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')));
  if (!fields.success) return fail(400, fields.error.issues.map((i) => i.message).join('; '), file.name);
  const target = resolveUploadTarget(fields.data);
  if (!target) return fail(400, 'unknown target file', file.name);
  if (file.size > maxBytes)
    return fail(413, `the file is larger than the ${Math.round(maxBytes / 1048576)} MB limit`, file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const staged = await stageUpload(ctx.db, { bytes, originalName: file.name, target }, { dir: ctx.dir, maxBytes });
  if (!staged.ok) return json(staged.status, { errors: staged.errors });
  return json(201, { upload: uploadView(staged.upload) });
}

/** GET /api/admin/uploads → the 20 most recent uploads. */
export async function getUploads(request: Request, ctx: UploadContext): Promise<Response> {
  const denied = await requireAdmin(request, ctx.auth);
  if (denied) return denied;
  return json(200, { uploads: (await listUploads(ctx.db)).map(uploadView) });
}

/** GET /api/admin/uploads/:id → one upload with its report. */
export async function getOneUpload(request: Request, id: string, ctx: UploadContext): Promise<Response> {
  const denied = await requireAdmin(request, ctx.auth);
  if (denied) return denied;
  if (!uploadId.safeParse(id).success) return fail(400, 'not an upload id');
  const upload = await getUpload(ctx.db, id);
  return upload ? json(200, { upload: uploadView(upload) }) : fail(404, 'no such upload');
}

/** POST /api/admin/uploads/:id/confirm → imports the staged file (409 unless it is still staged). */
export async function postConfirm(request: Request, id: string, ctx: UploadContext): Promise<Response> {
  const denied = await requireAdmin(request, ctx.auth);
  if (denied) return denied;
  if (!uploadId.safeParse(id).success) return fail(400, 'not an upload id');
  const done = await confirmUpload(ctx.db, id, (u) => specForUpload(u), { dir: ctx.dir ?? DEFAULT_UPLOADS_DIR });
  if (!done) return fail(409, 'this upload is not waiting for confirmation (unknown, already imported or cancelled)');
  return json(done.upload.status === 'imported' ? 200 : 422, { upload: uploadView(done.upload) });
}

/** POST /api/admin/uploads/:id/cancel → deletes the staged file. */
export async function postCancel(request: Request, id: string, ctx: UploadContext): Promise<Response> {
  const denied = await requireAdmin(request, ctx.auth);
  if (denied) return denied;
  if (!uploadId.safeParse(id).success) return fail(400, 'not an upload id');
  const cancelled = await cancelUpload(ctx.db, id, { dir: ctx.dir ?? DEFAULT_UPLOADS_DIR });
  return cancelled ? json(200, { cancelled: true }) : fail(409, 'this upload is not waiting for confirmation');
}

/** DELETE /api/admin/indices/:name → deletes a custom index's rows (published indices are refused). */
export async function deleteIndex(request: Request, name: string, ctx: UploadContext): Promise<Response> {
  const denied = await requireAdmin(request, ctx.auth);
  if (denied) return denied;
  if (!INDEX_NAME_RE.test(name)) return fail(400, 'not an index name');
  const deleted = await deleteCustomIndex(ctx.db, name);
  return deleted === null ? fail(404, `no custom index named ${name}`) : json(200, { deleted });
}
