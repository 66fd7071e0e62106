import { getDb } from '@/lib/db/client';
import { postConfirm } from '@/lib/ingest/upload-api';

export const dynamic = 'force-dynamic';

/** Imports a staged upload through the ingest pipeline (admin only). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return postConfirm(request, (await params).id, { db: getDb() });
}
