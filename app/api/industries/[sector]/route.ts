import { handleIndustry } from '@/lib/api/industry-handlers';
import { decodeRouteParam } from '@/lib/http/params';
import { getDb } from '@/lib/db/client';

/** GET /api/industries/{sector}?sort=&page=&pageSize= */
export async function GET(req: Request, ctx: { params: Promise<{ sector: string }> }): Promise<Response> {
  const { sector } = await ctx.params;
  return handleIndustry(decodeRouteParam(sector), req, getDb());
}
