import { postConfirmCatalogue } from '@/lib/api/catalogue-handlers';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

/** Confirms a staged catalogue after its validation report was seen. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return postConfirmCatalogue(request, (await params).id, { db: getDb() });
}
