import { handleIndices } from '@/lib/api/handlers';
import { getDb } from '@/lib/db/client';

/** GET /api/indices */
export function GET(): Promise<Response> {
  return handleIndices(getDb());
}
