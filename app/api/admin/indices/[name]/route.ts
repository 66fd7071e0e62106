import { getDb } from '@/lib/db/client';
import { deleteIndex } from '@/lib/ingest/upload-api';

export const dynamic = 'force-dynamic';

/** Deletes a custom index (admin only); published indices cannot be deleted here. */
export async function DELETE(request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  return deleteIndex(request, (await params).name, { db: getDb() });
}
