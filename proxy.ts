import { type NextRequest, NextResponse } from 'next/server';
import { malformedPathResponse } from './lib/api/params';
import { authConfig } from './lib/auth/config';
import { requireReader } from './lib/auth/guard';
import { isPublicPath } from './lib/auth/paths';

/**
 * Read protection: when READ_TOKEN is set, every page and API route except sign-in, health and
 * static assets needs a bearer token or a session. Writes are checked again in each handler.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const malformed = malformedPathResponse(request.nextUrl.pathname); // before Next's own decode, which 500s
  if (malformed) return malformed;
  const config = authConfig();
  if (!config.readToken || isPublicPath(request.nextUrl.pathname)) return NextResponse.next();
  const denied = await requireReader(request, config);
  if (!denied) return NextResponse.next();
  if (request.nextUrl.pathname.startsWith('/api/')) return denied;
  const login = new URL('/login', request.url);
  login.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login, 303);
}

export const config = {
  // Uploads are excluded: Next buffers a proxied body only up to 10 MB, and their handlers check admin themselves.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/admin/uploads).*)'],
};
