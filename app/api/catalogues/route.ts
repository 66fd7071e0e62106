import { getCatalogues, postCatalogue } from '@/lib/api/catalogue-handlers';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

/** Lists the HR job catalogues (signed-in users only). */
export async function GET(request: Request): Promise<Response> {
  return getCatalogues(request, { db: getDb() });
}

/** Reads, validates and stages an uploaded catalogue (CSV or XLSX); it is kept once confirmed. */
export async function POST(request: Request): Promise<Response> {
  return postCatalogue(request, { db: getDb('batch') });
}
