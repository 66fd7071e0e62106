import { getDb } from '@/lib/db/client';
import { getUploads, postUpload } from '@/lib/ingest/upload-api';

export const dynamic = 'force-dynamic';

/** Lists recent uploads (admin only). */
export async function GET(request: Request): Promise<Response> {
  return getUploads(request, { db: getDb() });
}

/** Stages and validates an uploaded CSV (admin only); nothing is imported until confirmed. */
export async function POST(request: Request): Promise<Response> {
  return postUpload(request, { db: getDb() });
}
