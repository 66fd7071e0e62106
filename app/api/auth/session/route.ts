import { authConfig, writesEnabled } from '@/lib/auth/config';
import { principalOf } from '@/lib/auth/guard';

export const dynamic = 'force-dynamic';

/** Who the caller is, and whether writes and read protection are configured (for the UI). */
export async function GET(request: Request): Promise<Response> {
  const config = authConfig();
  const role = (await principalOf(request, config)) ?? null;
  return Response.json(
    { role, writesEnabled: writesEnabled(config), readProtected: !!config.readToken },
    { headers: { 'cache-control': 'no-store' } },
  );
}
