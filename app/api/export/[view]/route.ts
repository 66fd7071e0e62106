import { handleExport } from '@/lib/api/handlers';
import { getDb } from '@/lib/db/client';

/** GET /api/export/{view}.csv — streamed CSV of a view with the page's filters. */
export async function GET(req: Request, ctx: { params: Promise<{ view: string }> }): Promise<Response> {
  const { view } = await ctx.params;
  return handleExport(view, req, getDb());
}
