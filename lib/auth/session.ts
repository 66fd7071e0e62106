import { jwtVerify, SignJWT } from 'jose';
import type { AuthConfig } from './config';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'taskshift_session';
/** Sessions last 8 hours; signing in again starts a new one. */
export const SESSION_TTL_SECONDS = 8 * 60 * 60;

/** Who a request acts as: an admin may write, a reader may only read. */
export type Role = 'admin' | 'reader';

const ISSUER = 'taskshift';
const AUDIENCE = 'taskshift-session';

/** Signs a session token (HS256 JWT) for a role. */
export async function createSessionToken(role: Role, config: AuthConfig, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SESSION_TTL_SECONDS)
    .sign(config.sessionKey);
}

/**
 * Verifies a session token's signature, issuer, audience, expiry and role.
 * @returns the role, or undefined for any invalid, expired or tampered token
 */
export async function verifySessionToken(token: string, config: AuthConfig, now = new Date()): Promise<Role | undefined> {
  try {
    const { payload } = await jwtVerify(token, config.sessionKey, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
    });
    return payload.role === 'admin' || payload.role === 'reader' ? payload.role : undefined;
  } catch {
    return undefined;
  }
}

/** The Set-Cookie attributes of a session cookie (httpOnly, SameSite=Lax, Secure in production). */
export function sessionCookieOptions(config: AuthConfig, maxAge = SESSION_TTL_SECONDS) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookies,
    path: '/',
    maxAge,
  };
}

/** Reads one cookie's value from a Cookie header. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
