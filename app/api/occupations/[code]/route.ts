import { handleOccupation } from '@/lib/api/handlers';
import { decodeRouteParam } from '@/lib/http/params';
import { getDb } from '@/lib/db/client';

/** GET /api/occupations/{code} */
export async function GET(_req: Request, ctx: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await ctx.params;
  return handleOccupation(decodeRouteParam(code), getDb());
}
