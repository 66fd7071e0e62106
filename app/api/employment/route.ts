import { handleEmployment } from '@/lib/api/handlers';
import { getDb } from '@/lib/db/client';

/** GET /api/employment?groupBy=quintile|majorGroup */
export function GET(req: Request): Promise<Response> {
  return handleEmployment(req, getDb());
}
