import { handleLogin } from '@/lib/auth/login';

export const dynamic = 'force-dynamic';

/** Signs the admin (or a READ_TOKEN holder) in; rate limited per client. */
export async function POST(request: Request): Promise<Response> {
  return handleLogin(request);
}
