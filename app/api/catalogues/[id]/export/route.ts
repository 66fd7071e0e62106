import { getCatalogueCsv } from '@/lib/api/catalogue-handlers';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

/** The whole catalogue report as CSV (one row per job). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return getCatalogueCsv(request, (await params).id, { db: getDb() });
}
