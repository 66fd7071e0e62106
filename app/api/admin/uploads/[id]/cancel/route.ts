import { getDb } from '@/lib/db/client';
import { postCancel } from '@/lib/ingest/upload-api';

export const dynamic = 'force-dynamic';

/** Cancels a staged upload and deletes its file (admin only). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return postCancel(request, (await params).id, { db: getDb() });
}
