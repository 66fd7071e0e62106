import { randomUUID } from 'node:crypto';
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

/** A verified session: who it is for, and the id and expiry that logout revokes it by. */
export interface Session {
  role: Role;
  id: string;
  expiresAtMs: number;
}

/** Signs a session token (HS256 JWT) for a role, with a random session id (jti) and an expiry. */
export async function createSessionToken(role: Role, config: AuthConfig, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setJti(randomUUID())
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SESSION_TTL_SECONDS)
    .sign(config.sessionKey);
}

/**
 * Verifies a session token's signature, issuer, audience, expiry (required), id (required, not revoked) and role.
 * @returns the session, or undefined for any invalid, expired, revoked or tampered token
 */
export async function readSession(token: string, config: AuthConfig, now = new Date()): Promise<Session | undefined> {
  try {
    const { payload } = await jwtVerify(token, config.sessionKey, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
      requiredClaims: ['exp', 'jti'],
    });
    const { role, jti, exp } = payload;
    if ((role !== 'admin' && role !== 'reader') || !jti || !exp) return undefined;
    await config.revokedSessions.sync();
    if (config.revokedSessions.isRevoked(jti, now.getTime())) return undefined;
    return { role, id: jti, expiresAtMs: exp * 1000 };
  } catch {
    return undefined;
  }
}

/** The role of a valid, unrevoked session token, or undefined (see readSession). */
export async function verifySessionToken(
  token: string,
  config: AuthConfig,
  now = new Date(),
): Promise<Role | undefined> {
  return (await readSession(token, config, now))?.role;
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
