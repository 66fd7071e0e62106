import { type NextRequest, NextResponse } from 'next/server';
import { malformedPathResponse } from './lib/http/params';
import { authConfig } from './lib/auth/config';
import { requireReader } from './lib/auth/guard';
import { isPublicPath } from './lib/auth/paths';
import { env } from './lib/env';
import { createNonce, pageContentSecurityPolicy } from './lib/http/csp';

const CSP = 'content-security-policy';

/**
 * Every page and API route passes here. It sets a per-request script nonce in the Content-Security-Policy
 * (on the request, where Next reads it to mark its own scripts, and on the response); answers 400 for a
 * malformed percent-escape in the path (before Next's own decode, which 500s); and, when READ_TOKEN is
 * set, asks for a bearer token or a session everywhere except sign-in, health and static assets.
 * Writes are checked again in each handler.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const policy = pageContentSecurityPolicy(createNonce(), env.NODE_ENV === 'development');
  const denied = malformedPathResponse(request.nextUrl.pathname) ?? (await readDenied(request));
  if (denied) {
    denied.headers.set(CSP, policy);
    return denied;
  }
  const headers = new Headers(request.headers);
  headers.set(CSP, policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(CSP, policy);
  return response;
}

/** The answer for a request that needs a read credential and lacks one: 401 for the API, else the sign-in page. */
async function readDenied(request: NextRequest): Promise<Response | null> {
  const config = authConfig();
  if (!config.readToken || isPublicPath(request.nextUrl.pathname)) return null;
  const denied = await requireReader(request, config);
  if (!denied || request.nextUrl.pathname.startsWith('/api/')) return denied;
  const login = new URL('/login', request.url);
  login.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login, 303);
}

export const config = {
  // Uploads are excluded: Next buffers a proxied body only up to 10 MB, and their handlers check admin (or sign-in) themselves.
  // /api/ping (liveness, no data) is left out as the floor bench:web measures the proxy's cost against.
  // next.config.js gives the paths left out here a fixed policy without inline scripts.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/ping|api/admin/uploads|api/catalogues).*)'],
};
