import { SignJWT } from 'jose';
import { type ReactElement, isValidElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { requireAdmin } from '@/lib/auth/guard';
import { handleLogin, handleLogout } from '@/lib/auth/login';
import { safeNextPath } from '@/lib/auth/next-path';
import { crossOrigin } from '@/lib/auth/origin';
import { LoginRateLimiter } from '@/lib/auth/rate-limit';
import { RevokedSessions } from '@/lib/auth/revocation';
import { verifySessionToken } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { loadRevokedSessions, type RevokedSessionRow, saveRevokedSession } from '@/lib/db/revoked-sessions';
import { dbKinds, freshDb } from '../helpers/db';
import { cookiePair, testConfig } from './auth-helpers';

const SITE = 'http://127.0.0.1:3000';
const ADMIN = 'correct horse battery staple';

function post(path: string, headers: Record<string, string>, body?: object): Request {
  return new Request(SITE + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: '127.0.0.1:3000', 'x-forwarded-for': '10.7.0.1', ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
}
const write = (cookie: string) => post('/api/admin/x', { cookie, origin: SITE });

describe('sessions', () => {
  it('are revoked on the server by logout: the old cookie no longer authorises writes', async () => {
    const config = testConfig();
    const login = await handleLogin(
      post('/api/auth/login', { origin: SITE }, { password: ADMIN }),
      config,
      new LoginRateLimiter(),
    );
    const cookie = cookiePair(login);
    expect(await requireAdmin(write(cookie), config)).toBeNull();
    const logout = await handleLogout(post('/api/auth/logout', { cookie, origin: SITE }), config);
    expect(logout.status).toBe(200);
    expect(await verifySessionToken(cookie.split('=')[1]!, config)).toBeUndefined();
    expect((await requireAdmin(write(cookie), config))?.status).toBe(401);
  });

  it('refuses a validly signed token without exp, or without a session id', async () => {
    const config = testConfig();
    const base = () =>
      new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('taskshift')
        .setAudience('taskshift-session')
        .setIssuedAt();
    const noExp = await base().setJti('s-1').sign(config.sessionKey);
    const noJti = await base().setExpirationTime('1h').sign(config.sessionKey);
    expect(await verifySessionToken(noExp, config)).toBeUndefined();
    expect(await verifySessionToken(noJti, config)).toBeUndefined();
    expect(
      await verifySessionToken(await base().setJti('s-2').setExpirationTime('1h').sign(config.sessionKey), config),
    ).toBe('admin');
  });

  it('keeps the revocation list bounded, dropping what would have expired anyway', async () => {
    const list = new RevokedSessions(undefined, 3);
    for (let i = 0; i < 5; i++) await list.revoke(`s${i}`, 10_000 + i, 0);
    expect(list.size).toBe(3);
    expect(list.isRevoked('s4', 0)).toBe(true);
    expect(list.isRevoked('s4', 20_000)).toBe(false);
  });
});

describe.each(dbKinds)('revocation stored in the database (%s)', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => {
    await db?.close();
  });
  const storeOn = (d: Db) => ({
    save: (row: RevokedSessionRow) => saveRevokedSession(d, row),
    load: () => loadRevokedSessions(d),
  });

  it('survives a restart: a new process refuses a session revoked before it started', async () => {
    const config = testConfig({ revokedSessions: new RevokedSessions(storeOn(db)) });
    const cookie = cookiePair(
      await handleLogin(post('/api/auth/login', { origin: SITE }, { password: ADMIN }), config, new LoginRateLimiter()),
    );
    await handleLogout(post('/api/auth/logout', { cookie, origin: SITE }), config);
    const restarted = testConfig({ revokedSessions: new RevokedSessions(storeOn(db)) });
    expect((await requireAdmin(write(cookie), restarted))?.status).toBe(401);
    expect(await requireAdmin(write(cookie), testConfig())).toBeNull(); // the same cookie, with nothing stored
  });

  it('reaches a process already running within the refresh interval, and prunes expired rows', async () => {
    const running = new RevokedSessions(storeOn(db), 100, 0);
    await running.sync();
    await new RevokedSessions(storeOn(db)).revoke('other-process', Date.now() + 60_000);
    expect(running.isRevoked('other-process')).toBe(false);
    await running.sync();
    await running.sync(); // the first sync after the first load runs in the background
    await new Promise((r) => setTimeout(r, 50));
    expect(running.isRevoked('other-process')).toBe(true);
    await saveRevokedSession(db, { id: 'old', expiresAtMs: Date.now() - 1000 });
    expect((await loadRevokedSessions(db)).map((r) => r.id)).not.toContain('old');
  });
});

describe('origin checks on sign-in, sign-out and writes', () => {
  it('refuses login and logout from another site, leaving the session alive', async () => {
    const config = testConfig();
    const evil = await handleLogin(
      post('/api/auth/login', { origin: 'https://evil.example' }, { password: ADMIN }),
      config,
      new LoginRateLimiter(),
    );
    expect(evil.status).toBe(403);
    expect(evil.headers.get('set-cookie')).toBeNull();
    const cookie = cookiePair(
      await handleLogin(post('/api/auth/login', { origin: SITE }, { password: ADMIN }), config, new LoginRateLimiter()),
    );
    const forcedLogout = await handleLogout(
      post('/api/auth/logout', { cookie, origin: 'https://evil.example' }),
      config,
    );
    expect(forcedLogout.status).toBe(403);
    expect(await verifySessionToken(cookie.split('=')[1]!, config)).toBe('admin');
  });

  it('compares the full origin: https:// or another port is not this http server', async () => {
    const config = testConfig();
    for (const origin of ['https://127.0.0.1:3000', 'http://127.0.0.1:3001', 'null']) {
      expect(crossOrigin(post('/api/auth/login', { origin })), origin).toBe(true);
      expect(
        (await handleLogin(post('/api/auth/login', { origin }, { password: ADMIN }), config, new LoginRateLimiter()))
          .status,
      ).toBe(403);
    }
    const cookie = cookiePair(
      await handleLogin(post('/api/auth/login', { origin: SITE }, { password: ADMIN }), config, new LoginRateLimiter()),
    );
    expect(
      (await requireAdmin(post('/api/admin/x', { cookie, origin: 'https://127.0.0.1:3000' }), config))?.status,
    ).toBe(403);
    // Behind a TLS proxy that says so, the https origin is this site.
    expect(
      crossOrigin(post('/api/auth/login', { origin: 'https://127.0.0.1:3000', 'x-forwarded-proto': 'https' })),
    ).toBe(false);
    expect(crossOrigin(post('/api/auth/login', {}))).toBe(false); // no Origin: not a browser's cross-site request
  });
});

describe('the page after sign-in', () => {
  it('is a same-origin path, however the browser would read the URL', () => {
    for (const evil of [
      '/\t/evil.example',
      '/\n/evil.example',
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
    ]) {
      expect(safeNextPath(evil), JSON.stringify(evil)).toBe('/data');
    }
    expect(safeNextPath('/occupations?q=nurse#top')).toBe('/occupations?q=nurse#top');
    expect(safeNextPath(['/x'])).toBe('/data');
  });

  it('is what the login page hands its script: /login?next=%2F%09%2Fevil.example goes to /data', async () => {
    vi.stubEnv('ADMIN_PASSWORD', ADMIN);
    vi.resetModules();
    try {
      const { default: LoginPage } = await import('@/app/login/page');
      const { LoginForm } = await import('@/app/login/login-form');
      const page = await LoginPage({
        searchParams: Promise.resolve({ next: decodeURIComponent('%2F%09%2Fevil.example') }),
      });
      const children = (page.props as { children: unknown[] }).children.flat();
      const form = children.find((c): c is ReactElement<{ next: string }> => isValidElement(c) && c.type === LoginForm);
      expect(form?.props.next).toBe('/data');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
