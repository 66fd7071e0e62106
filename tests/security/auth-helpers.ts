import type { AuthConfig } from '@/lib/auth/config';
import { RevokedSessions } from '@/lib/auth/revocation';

/** An auth configuration for tests, with a fixed signing key. */
export function testConfig(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    adminPassword: 'correct horse battery staple',
    adminToken: 'admin-token-0123456789abcdef',
    sessionKey: new TextEncoder().encode('k'.repeat(32)),
    ephemeralKey: false,
    secureCookies: false,
    trustProxy: 1, // tests name clients by X-Forwarded-For, as behind one reverse proxy
    peerAddressKnown: false,
    revokedSessions: new RevokedSessions(), // in memory: no database in these tests
    ...overrides,
  };
}

/** A request with the given headers, as route handlers receive it. */
export function req(
  headers: Record<string, string> = {},
  method = 'POST',
  url = 'http://127.0.0.1:3000/api/admin/x',
): Request {
  return new Request(url, { method, headers });
}

/** The name=value part of a Set-Cookie header. */
export function cookiePair(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
