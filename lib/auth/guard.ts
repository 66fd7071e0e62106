import { type AuthConfig, authConfig, WRITES_DISABLED_MESSAGE, writesEnabled } from './config';
import { crossOrigin } from './origin';
import { safeEqual } from './password';
import { readCookie, type Role, SESSION_COOKIE, verifySessionToken } from './session';

/** What the guards need from a request: its method, URL and headers (Request and NextRequest fit). */
export interface RequestLike {
  method?: string;
  url?: string;
  headers: Headers;
}

/** The bearer token of an Authorization header, if any. */
export function bearerToken(headers: Headers): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  return match?.[1];
}

/**
 * Who the request acts as: a bearer token (ADMIN_TOKEN → admin, READ_TOKEN → reader) or a
 * signed session cookie. A bearer token that matches nothing grants nothing.
 */
export async function principalOf(request: RequestLike, config: AuthConfig = authConfig()): Promise<Role | undefined> {
  const token = bearerToken(request.headers);
  if (token !== undefined) {
    if (config.adminToken && safeEqual(token, config.adminToken)) return 'admin';
    if (config.readToken && safeEqual(token, config.readToken)) return 'reader';
    return undefined;
  }
  const cookie = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  return cookie ? verifySessionToken(cookie, config) : undefined;
}

function deny(status: number, error: string, extra: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { 'cache-control': 'no-store', ...extra } });
}

/**
 * Server-side check for every write: returns a 503/401/403 response to send back, or null when
 * the request comes from an admin (bearer ADMIN_TOKEN or an admin session cookie).
 */
export async function requireAdmin(request: RequestLike, config: AuthConfig = authConfig()): Promise<Response | null> {
  if (!writesEnabled(config)) return deny(503, WRITES_DISABLED_MESSAGE);
  const role = await principalOf(request, config);
  if (role !== 'admin') {
    return deny(401, 'Admin sign-in required: sign in at /login or send Authorization: Bearer <ADMIN_TOKEN>.', {
      'www-authenticate': 'Bearer realm="taskshift"',
    });
  }
  if (bearerToken(request.headers) === undefined && crossOrigin(request)) {
    return deny(403, 'Cross-site request refused.');
  }
  return null;
}

/** Check for reads: null when reads are public (no READ_TOKEN) or the request has any valid credential. */
export async function requireReader(request: RequestLike, config: AuthConfig = authConfig()): Promise<Response | null> {
  if (!config.readToken) return null;
  if (await principalOf(request, config)) return null;
  return deny(401, 'Sign-in required: send Authorization: Bearer <READ_TOKEN> or sign in at /login.', {
    'www-authenticate': 'Bearer realm="taskshift"',
  });
}
