import { SignJWT } from 'jose';
import { type ReactElement, isValidElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { requireAdmin } from '@/lib/auth/guard';
import { handleLogin, handleLogout } from '@/lib/auth/login';
import { safeNextPath } from '@/lib/auth/next-path';
import { crossOrigin } from '@/lib/auth/origin';
import { LoginRateLimiter } from '@/lib/auth/rate-limit';
import { RevokedSessions } from '@/lib/auth/revocation';
import { verifySessionToken } from '@/lib/auth/session';
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
    const revoked = new RevokedSessions();
    const login = await handleLogin(post('/api/auth/login', { origin: SITE }, { password: ADMIN }), config, new LoginRateLimiter());
    const cookie = cookiePair(login);
    expect(await verifySessionToken(cookie.split('=')[1]!, config, new Date(), revoked)).toBe('admin');
    const logout = await handleLogout(post('/api/auth/logout', { cookie, origin: SITE }), config, revoked);
    expect(logout.status).toBe(200);
    expect(await verifySessionToken(cookie.split('=')[1]!, config, new Date(), revoked)).toBeUndefined();
    // The process-wide list is the one requireAdmin consults.
    await handleLogout(post('/api/auth/logout', { cookie, origin: SITE }), config);
    expect((await requireAdmin(write(cookie), config))?.status).toBe(401);
  });

  it('refuses a validly signed token without exp, or without a session id', async () => {
    const config = testConfig();
    const base = () => new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('taskshift').setAudience('taskshift-session').setIssuedAt();
    const noExp = await base().setJti('s-1').sign(config.sessionKey);
    const noJti = await base().setExpirationTime('1h').sign(config.sessionKey);
    expect(await verifySessionToken(noExp, config)).toBeUndefined();
    expect(await verifySessionToken(noJti, config)).toBeUndefined();
    expect(await verifySessionToken(await base().setJti('s-2').setExpirationTime('1h').sign(config.sessionKey), config)).toBe('admin');
  });

  it('keeps the revocation list bounded, dropping what would have expired anyway', () => {
    const list = new RevokedSessions(3);
    for (let i = 0; i < 5; i++) list.revoke(`s${i}`, 10_000 + i, 0);
    expect(list.size).toBe(3);
    expect(list.isRevoked('s4', 0)).toBe(true);
    expect(list.isRevoked('s4', 20_000)).toBe(false);
  });
});

describe('origin checks on sign-in, sign-out and writes', () => {
  it('refuses login and logout from another site, leaving the session alive', async () => {
    const config = testConfig();
    const revoked = new RevokedSessions();
    const evil = await handleLogin(post('/api/auth/login', { origin: 'https://evil.example' }, { password: ADMIN }), config, new LoginRateLimiter());
    expect(evil.status).toBe(403);
    expect(evil.headers.get('set-cookie')).toBeNull();
    const cookie = cookiePair(await handleLogin(post('/api/auth/login', { origin: SITE }, { password: ADMIN }), config, new LoginRateLimiter()));
    const forcedLogout = await handleLogout(post('/api/auth/logout', { cookie, origin: 'https://evil.example' }), config, revoked);
    expect(forcedLogout.status).toBe(403);
    expect(await verifySessionToken(cookie.split('=')[1]!, config, new Date(), revoked)).toBe('admin');
  });

  it('compares the full origin: https:// or another port is not this http server', async () => {
    const config = testConfig();
    for (const origin of ['https://127.0.0.1:3000', 'http://127.0.0.1:3001', 'null']) {
      expect(crossOrigin(post('/api/auth/login', { origin })), origin).toBe(true);
      expect((await handleLogin(post('/api/auth/login', { origin }, { password: ADMIN }), config, new LoginRateLimiter())).status).toBe(403);
    }
    const cookie = cookiePair(await handleLogin(post('/api/auth/login', { origin: SITE }, { password: ADMIN }), config, new LoginRateLimiter()));
    expect((await requireAdmin(post('/api/admin/x', { cookie, origin: 'https://127.0.0.1:3000' }), config))?.status).toBe(403);
    // Behind a TLS proxy that says so, the https origin is this site.
    expect(crossOrigin(post('/api/auth/login', { origin: 'https://127.0.0.1:3000', 'x-forwarded-proto': 'https' }))).toBe(false);
    expect(crossOrigin(post('/api/auth/login', {}))).toBe(false); // no Origin: not a browser's cross-site request
  });
});

describe('the page after sign-in', () => {
  it('is a same-origin path, however the browser would read the URL', () => {
    for (const evil of ['/\t/evil.example', '/\n/evil.example', '//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)']) {
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
      const page = await LoginPage({ searchParams: Promise.resolve({ next: decodeURIComponent('%2F%09%2Fevil.example') }) });
      const children = (page.props as { children: unknown[] }).children.flat();
      const form = children.find((c): c is ReactElement<{ next: string }> => isValidElement(c) && c.type === LoginForm);
      expect(form?.props.next).toBe('/data');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
