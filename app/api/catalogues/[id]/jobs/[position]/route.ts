import { patchCatalogueJob } from '@/lib/api/catalogue-handlers';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

/** Reassigns one job to another occupation (body: {"code": "15-1252.00"} or {"code": null}). */
export async function PATCH(
  request: Request,
  { params }: { params: Promise<{ id: string; position: string }> },
): Promise<Response> {
  const { id, position } = await params;
  return patchCatalogueJob(request, id, position, { db: getDb() });
}
