import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost parameters: N=2^15 (~32 MiB, ~50 ms) as OWASP suggests for interactive logins. */
const N = 32768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEM }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/**
 * Hashes a password for ADMIN_PASSWORD_HASH, as `scrypt:N:r:p:salt:hash` (salt and hash in base64url).
 * Colons, not `$`, because Next expands `$NAME` in .env files.
 * @param password the plain password
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join(':');
}

/** Parses a stored hash; returns undefined when it is not one of ours. */
function parseHash(stored: string) {
  const [scheme, n, r, p, salt, key] = stored.trim().split(':');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return undefined;
  const params = { n: Number(n), r: Number(r), p: Number(p) };
  if (!Object.values(params).every((v) => Number.isInteger(v) && v > 0)) return undefined;
  return { ...params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

/** Whether a string is a well-formed hash produced by `hashPassword`. */
export function isPasswordHash(stored: string): boolean {
  return parseHash(stored) !== undefined;
}

/**
 * Checks a password against an scrypt hash in constant time.
 * @returns false for a wrong password or a malformed hash
 */
export async function verifyPasswordHash(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed || parsed.key.length === 0) return false;
  // Parameters beyond the memory cap (a mistyped hash) make scrypt fail: that is a wrong password, not a crash.
  const key = await scryptAsync(password, parsed.salt, parsed.n, parsed.r, parsed.p).catch(() => undefined);
  return !!key && key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/**
 * Compares two secrets in constant time, whatever their lengths (both are hashed first,
 * so neither the length nor a common prefix leaks through timing).
 */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
