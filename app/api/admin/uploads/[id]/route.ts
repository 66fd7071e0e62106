import { getDb } from '@/lib/db/client';
import { getOneUpload } from '@/lib/ingest/upload-api';

export const dynamic = 'force-dynamic';

/** One upload and its validation report (admin only). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return getOneUpload(request, (await params).id, { db: getDb() });
}
