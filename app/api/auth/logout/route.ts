import { handleLogout } from '@/lib/auth/login';

export const dynamic = 'force-dynamic';

/** Ends the session by expiring its cookie. */
export async function POST(): Promise<Response> {
  return handleLogout();
}
