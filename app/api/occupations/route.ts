import { handleOccupations } from '@/lib/api/handlers';
import { getDb } from '@/lib/db/client';

/** GET /api/occupations?q=&group=&minExposure=&maxExposure=&sort=&page=&pageSize= */
export function GET(req: Request): Promise<Response> {
  return handleOccupations(req, getDb());
}
