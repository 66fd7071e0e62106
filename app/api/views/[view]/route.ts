import { handleView } from '@/lib/api/handlers';
import { getDb } from '@/lib/db/client';

/** GET /api/views/{view} — a view's columns and rows as JSON, with the page's filters. */
export async function GET(req: Request, ctx: { params: Promise<{ view: string }> }): Promise<Response> {
  const { view } = await ctx.params;
  return handleView(view, req, getDb());
}
