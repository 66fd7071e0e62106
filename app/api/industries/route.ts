import { handleIndustries } from '@/lib/api/industry-handlers';
import { getDb } from '@/lib/db/client';

/** GET /api/industries?sort= */
export function GET(req: Request): Promise<Response> {
  return handleIndustries(req, getDb());
}
