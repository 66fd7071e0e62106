import { handleLogout } from '@/lib/auth/login';

export const dynamic = 'force-dynamic';

/** Ends the session: revokes it on the server and expires its cookie. */
export async function POST(request: Request): Promise<Response> {
  return handleLogout(request);
}
