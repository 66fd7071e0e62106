import { describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { handleLogin, handleLogout } from '@/lib/auth/login';
import { LoginRateLimiter } from '@/lib/auth/rate-limit';
import { requireAdmin } from '@/lib/auth/guard';
import { cookiePair, testConfig } from './auth-helpers';

const ip = (a: string) => ({ 'x-forwarded-for': a });
function jsonLogin(password: string, headers: Record<string, string> = ip('10.0.0.1')): Request {
  return new Request('http://127.0.0.1:3000/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ password }),
  });
}

describe('login', () => {
  it('sets an httpOnly SameSite cookie that then authorises writes', async () => {
    const config = testConfig();
    const res = await handleLogin(jsonLogin(config.adminPassword!), config, new LoginRateLimiter());
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    expect(
      await requireAdmin(new Request('http://x/', { method: 'POST', headers: { cookie: cookiePair(res) } }), config),
    ).toBeNull();
    const secure = await handleLogin(
      jsonLogin(config.adminPassword!),
      testConfig({ secureCookies: true }),
      new LoginRateLimiter(),
    );
    expect(secure.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('checks ADMIN_PASSWORD_HASH in preference to the plain password', async () => {
    const config = testConfig({ adminPassword: undefined, adminPasswordHash: await hashPassword('hashed-one') });
    expect((await handleLogin(jsonLogin('hashed-one'), config, new LoginRateLimiter())).status).toBe(200);
    expect((await handleLogin(jsonLogin('correct horse battery staple'), config, new LoginRateLimiter())).status).toBe(
      401,
    );
  });

  it('rate limits: the 6th attempt after 5 failures is refused even with the right password', async () => {
    const config = testConfig();
    const limiter = new LoginRateLimiter();
    for (let i = 0; i < 5; i++) expect((await handleLogin(jsonLogin('wrong'), config, limiter)).status).toBe(401);
    const blocked = await handleLogin(jsonLogin(config.adminPassword!), config, limiter);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await handleLogin(jsonLogin(config.adminPassword!, ip('10.0.0.2')), config, limiter)).status).toBe(200);
  });

  it('backs off clients that failed once the account is under attack, keeping memory bounded', () => {
    const limiter = new LoginRateLimiter({
      maxFailures: 5,
      accountThreshold: 20,
      backoffBaseMs: 1000,
      windowMs: 60_000,
      maxKeys: 8,
    });
    for (let i = 0; i < 20; i++) limiter.begin(`10.1.0.${i}`, 1000);
    expect(limiter.retryAfter('10.1.0.19', 1000)).toBe(1); // one failure each, yet it must wait now
    expect(limiter.retryAfter('10.9.9.9', 1000)).toBe(0); // a client without failures is never held back
    expect(limiter.size).toBeLessThanOrEqual(8); // memory stays bounded
    expect(limiter.retryAfter('10.1.0.19', 61_001)).toBe(0); // the window passes
  });

  it('rejects bad bodies with 400 and never redirects off-site', async () => {
    const config = testConfig();
    const empty = await handleLogin(jsonLogin(''), config, new LoginRateLimiter());
    expect(empty.status).toBe(400);
    const huge = await handleLogin(jsonLogin('x'.repeat(5000)), config, new LoginRateLimiter());
    expect(huge.status).toBe(400);
    for (const next of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/occupations?q=1',
    ]) {
      const form = new Request('http://127.0.0.1:3000/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...ip('10.0.0.3') },
        body: new URLSearchParams({ password: config.adminPassword!, next }),
      });
      const res = await handleLogin(form, config, new LoginRateLimiter());
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(next === '/occupations?q=1' ? next : '/data');
    }
  });

  it('signs a READ_TOKEN holder in as a reader, and logout expires the cookie', async () => {
    const config = testConfig({ readToken: 'read-token-0123456789' });
    const res = await handleLogin(jsonLogin('read-token-0123456789'), config, new LoginRateLimiter());
    expect(await res.json()).toEqual({ role: 'reader' });
    const logout = await handleLogout(new Request('http://127.0.0.1:3000/api/auth/logout', { method: 'POST' }), config);
    expect(logout.headers.get('set-cookie')).toMatch(/Max-Age=0/);
  });
});
