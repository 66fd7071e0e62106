import { deleteCatalogueRoute, getCatalogueReport } from '@/lib/api/catalogue-handlers';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

/** One catalogue's report (signed-in users only). */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  return getCatalogueReport(request, (await params).id, { db: getDb() });
}

/** Deletes a catalogue and all its jobs. */
export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  return deleteCatalogueRoute(request, (await params).id, { db: getDb() });
}
