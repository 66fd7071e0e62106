import { handleModelCard } from '@/lib/api/model-handler';
import { getDb } from '@/lib/db/client';

/** GET /api/model */
export function GET(): Promise<Response> {
  return handleModelCard(getDb());
}
