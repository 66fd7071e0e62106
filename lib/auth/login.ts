import { z } from 'zod';
import { type AuthConfig, authConfig, WRITES_DISABLED_MESSAGE, writesEnabled } from './config';
import { clientAddress } from './client-address';
import { roleForPassword } from './credentials';
import { type HashGate, hashGate, HashQueueFullError } from './hash-gate';
import { safeNextPath } from './next-path';
import { crossOrigin } from './origin';
import { type LoginRateLimiter, loginLimiter } from './rate-limit';
import { createSessionToken, readCookie, readSession, SESSION_COOKIE, sessionCookieOptions } from './session';

/** POST /api/auth/login body (JSON or form): the password, and where to go afterwards. */
export const loginBody = z.object({
  password: z.string().min(1, 'password is required').max(1024, 'password is too long'),
  next: z.string().max(2048).optional(),
});

/** Serialises a Set-Cookie header value. */
export function serializeCookie(name: string, value: string, o: ReturnType<typeof sessionCookieOptions>): string {
  const parts = [`${name}=${value}`, `Path=${o.path}`, `Max-Age=${o.maxAge}`, 'HttpOnly', 'SameSite=Lax'];
  if (o.secure) parts.push('Secure');
  return parts.join('; ');
}

async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/json')) return request.json().catch(() => ({}));
  if (type.includes('form'))
    return Object.fromEntries((await request.formData().catch(() => new FormData())).entries());
  return {};
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

const CROSS_ORIGIN_ERROR = 'Cross-site request refused: sign in and out from this site.';

/**
 * POST /api/auth/login: refuses other origins (login CSRF), reserves an attempt with the rate limiter
 * (before any await, so parallel guesses are counted), checks the password and sets a signed session
 * cookie. JSON clients get JSON; a plain HTML form post is redirected (303) to a same-origin `next`.
 */
export async function handleLogin(
  request: Request,
  config: AuthConfig = authConfig(),
  limiter: LoginRateLimiter = loginLimiter(),
  gate: HashGate = hashGate(),
): Promise<Response> {
  if (!writesEnabled(config) && !config.readToken) return json(503, { error: WRITES_DISABLED_MESSAGE });
  if (crossOrigin(request)) return json(403, { error: CROSS_ORIGIN_ERROR });
  const attempt = limiter.begin(clientAddress(request.headers, config));
  if ('retryAfter' in attempt) {
    const wait = attempt.retryAfter;
    return json(429, { error: `Too many failed sign-ins; try again in ${wait} s.` }, { 'retry-after': String(wait) });
  }
  const parsed = loginBody.safeParse(await readBody(request));
  if (!parsed.success) {
    limiter.cancelled(attempt);
    return json(400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
  }
  const role = await roleForPassword(parsed.data.password, config, gate).catch((error: unknown) => {
    if (error instanceof HashQueueFullError) return error;
    throw error;
  });
  if (role instanceof HashQueueFullError) {
    limiter.cancelled(attempt);
    return json(503, { error: role.message }, { 'retry-after': '1' });
  }
  if (!role) return json(401, { error: 'Wrong password.' }); // the reserved attempt stays counted
  limiter.succeeded(attempt);
  const cookie = serializeCookie(SESSION_COOKIE, await createSessionToken(role, config), sessionCookieOptions(config));
  const isForm = !(request.headers.get('content-type') ?? '').includes('application/json');
  if (isForm) {
    return new Response(null, {
      status: 303,
      headers: { location: safeNextPath(parsed.data.next), 'set-cookie': cookie },
    });
  }
  return json(200, { role }, { 'set-cookie': cookie });
}

/**
 * POST /api/auth/logout: revokes the session on the server (its id stays refused until it would have
 * expired) and expires the cookie. Other origins are refused, so no site can sign a visitor out.
 */
export async function handleLogout(request: Request, config: AuthConfig = authConfig()): Promise<Response> {
  if (crossOrigin(request)) return json(403, { error: CROSS_ORIGIN_ERROR });
  const token = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  const session = token ? await readSession(token, config) : undefined;
  // Revoked in this process at once; should the database fail, other processes and a restart would not know.
  if (session) {
    await config.revokedSessions.revoke(session.id, session.expiresAtMs).catch((error: unknown) => {
      console.error(`Logout: the revoked session could not be stored: ${String(error)}`);
    });
  }
  const cookie = serializeCookie(SESSION_COOKIE, '', sessionCookieOptions(config, 0));
  return json(200, { ok: true }, { 'set-cookie': cookie });
}
