import { describe, expect, it } from 'vitest';
import { WRITES_DISABLED_MESSAGE } from '@/lib/auth/config';
import { principalOf, requireAdmin, requireReader } from '@/lib/auth/guard';
import { hashPassword, isPasswordHash, safeEqual, verifyPasswordHash } from '@/lib/auth/password';
import { isPublicPath } from '@/lib/auth/paths';
import { createSessionToken, SESSION_TTL_SECONDS, verifySessionToken } from '@/lib/auth/session';
import { testConfig, req } from './auth-helpers';

describe('passwords', () => {
  it('hashes with scrypt and verifies only the right password', async () => {
    const hash = await hashPassword('s3cret!');
    expect(isPasswordHash(hash)).toBe(true);
    expect(hash).not.toContain('s3cret');
    expect(await verifyPasswordHash('s3cret!', hash)).toBe(true);
    expect(await verifyPasswordHash('s3cret', hash)).toBe(false);
    expect(await verifyPasswordHash('s3cret!', 'plain-text')).toBe(false);
    expect(await verifyPasswordHash('s3cret!', hash.replace(':32768:', ':1073741824:'))).toBe(false); // over the memory cap
    expect(await hashPassword('s3cret!')).not.toBe(hash); // salted
  });

  it('compares secrets of any length', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', 'x')).toBe(false);
  });
});

describe('session tokens', () => {
  const config = testConfig();

  it('round-trips a role and rejects tampering, other keys and expiry', async () => {
    const token = await createSessionToken('admin', config);
    expect(await verifySessionToken(token, config)).toBe('admin');
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ role: 'admin', iss: 'taskshift', aud: 'taskshift-session', exp: 9e9 }),
    ).toString('base64url');
    expect(await verifySessionToken(`${h}.${forged}.${s}`, config)).toBeUndefined();
    expect(await verifySessionToken(`${h}.${p}.${s}x`, config)).toBeUndefined();
    const other = testConfig({ sessionKey: new TextEncoder().encode('o'.repeat(32)) });
    expect(await verifySessionToken(token, other)).toBeUndefined();
    const later = new Date(Date.now() + (SESSION_TTL_SECONDS + 60) * 1000);
    expect(await verifySessionToken(token, config, later)).toBeUndefined();
  });

  it('refuses an unsigned (alg none) token', async () => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const none = `${enc({ alg: 'none' })}.${enc({ role: 'admin', iss: 'taskshift', aud: 'taskshift-session' })}.`;
    expect(await verifySessionToken(none, config)).toBeUndefined();
  });
});

describe('requireAdmin', () => {
  const config = testConfig();

  it('disables writes with a clear message when no admin credential is configured', async () => {
    const res = await requireAdmin(
      req({ authorization: 'Bearer anything-at-all-123' }),
      testConfig({ adminPassword: undefined, adminToken: undefined }),
    );
    expect(res?.status).toBe(503);
    expect((await res!.json()).error).toBe(WRITES_DISABLED_MESSAGE);
  });

  it('accepts the admin bearer token and an admin session cookie', async () => {
    expect(await requireAdmin(req({ authorization: `Bearer ${config.adminToken}` }), config)).toBeNull();
    const token = await createSessionToken('admin', config);
    expect(await requireAdmin(req({ cookie: `a=b; taskshift_session=${token}` }), config)).toBeNull();
  });

  it('refuses anonymous, wrong-token, reader and forged-cookie requests', async () => {
    const reader = testConfig({ readToken: 'read-token-0123456789' });
    const readerCookie = await createSessionToken('reader', reader);
    const cases = [
      req(),
      req({ authorization: 'Bearer admin-token-0123456789abcdeX' }),
      req({ authorization: 'Basic YWRtaW46YWRtaW4=' }),
      req({ authorization: `Bearer ${reader.readToken}` }),
      req({ cookie: `taskshift_session=${readerCookie}` }),
      req({ cookie: 'taskshift_session=not.a.jwt' }),
    ];
    for (const r of cases) expect((await requireAdmin(r, reader))?.status).toBe(401);
  });

  it('refuses a cookie-authenticated write from another origin', async () => {
    const token = await createSessionToken('admin', config);
    const cross = req({ cookie: `taskshift_session=${token}`, origin: 'https://evil.example', host: '127.0.0.1:3000' });
    expect((await requireAdmin(cross, config))?.status).toBe(403);
    const same = req({ cookie: `taskshift_session=${token}`, origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' });
    expect(await requireAdmin(same, config)).toBeNull();
  });
});

describe('read protection', () => {
  it('is open without READ_TOKEN and needs a credential with it', async () => {
    expect(await requireReader(req({}, 'GET'), testConfig())).toBeNull();
    const config = testConfig({ readToken: 'read-token-0123456789' });
    expect((await requireReader(req({}, 'GET'), config))?.status).toBe(401);
    expect(await requireReader(req({ authorization: 'Bearer read-token-0123456789' }, 'GET'), config)).toBeNull();
    expect(await requireReader(req({ authorization: `Bearer ${config.adminToken}` }, 'GET'), config)).toBeNull();
    expect(await principalOf(req({ authorization: 'Bearer read-token-0123456789' }), config)).toBe('reader');
  });

  it('keeps sign-in, health and static assets public, and nothing else', () => {
    for (const p of ['/login', '/api/auth/login', '/api/health', '/_next/static/x.js'])
      expect(isPublicPath(p)).toBe(true);
    for (const p of ['/', '/data', '/api/occupations', '/loginx', '/api/healthz', '/api/admin/uploads'])
      expect(isPublicPath(p)).toBe(false);
  });
});
