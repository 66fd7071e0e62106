import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_HEADER } from '@/lib/auth/client-address';
import { HashGate } from '@/lib/auth/hash-gate';
import { handleLogin } from '@/lib/auth/login';
import { hashPassword } from '@/lib/auth/password';
import { LoginRateLimiter } from '@/lib/auth/rate-limit';
import { testConfig } from './auth-helpers';

const ADMIN = 'correct horse battery staple';
const READ = 'read-token-0123456789';

function login(password: string, headers: Record<string, string>): Request {
  return new Request('http://127.0.0.1:3000/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ password }),
  });
}
const from = (ip: string) => ({ 'x-forwarded-for': ip });
const statuses = async (all: Promise<Response>[]) => (await Promise.all(all)).map((r) => r.status);
const tally = (list: number[], status: number) => list.filter((s) => s === status).length;

/** A gate that records the most hashes it ever ran at once. */
class PeakGate extends HashGate {
  peak = 0;
  override run<T>(work: () => Promise<T>): Promise<T> {
    return super.run(async () => {
      this.peak = Math.max(this.peak, this.load.running);
      return work();
    });
  }
}

describe('login rate limit under concurrency (ADMIN_PASSWORD_HASH set)', () => {
  it('refuses all but the allowed few of 200 parallel guesses, and hashes at most 2 at once', async () => {
    const config = testConfig({ adminPassword: undefined, adminPasswordHash: await hashPassword(ADMIN) });
    const limiter = new LoginRateLimiter();
    const gate = new PeakGate(2, 16);
    const guesses = Array.from({ length: 200 }, (_, i) =>
      handleLogin(login(`wrong-${i}`, from('10.0.0.1')), config, limiter, gate),
    );
    const result = await statuses(guesses);
    expect(tally(result, 401)).toBe(5);
    expect(tally(result, 429)).toBe(195);
    expect(gate.peak).toBeLessThanOrEqual(2);
    expect((await handleLogin(login(ADMIN, from('10.0.0.2')), config, limiter, gate)).status).toBe(200);
  });

  it('answers 503 at once when the hash queue is full, without counting those attempts', async () => {
    const config = testConfig({ adminPassword: undefined, adminPasswordHash: await hashPassword(ADMIN) });
    const limiter = new LoginRateLimiter();
    const gate = new PeakGate(1, 2);
    const guesses = Array.from({ length: 6 }, (_, i) =>
      handleLogin(login('wrong', from(`10.3.0.${i}`)), config, limiter, gate),
    );
    const result = await statuses(guesses);
    expect(tally(result, 401)).toBe(3); // one running, two queued
    expect(tally(result, 503)).toBe(3);
    expect(limiter.retryAfter('10.3.0.5')).toBe(0); // a 503 was not a failed guess
    for (let i = 0; i < 20; i++) limiter.begin(`10.3.1.${i}`); // the account comes under attack
    expect(limiter.retryAfter('10.3.0.5')).toBe(0); // still a client without failures
  });
});

describe('login rate limit keys and lockout', () => {
  it('lets the admin and readers sign in from a clean address after 100 guesses from rotating addresses', async () => {
    const config = testConfig({ readToken: READ });
    const limiter = new LoginRateLimiter();
    for (let i = 0; i < 100; i++) await handleLogin(login('wrong', from(`10.4.0.${i}`)), config, limiter);
    const admin = await handleLogin(login(ADMIN, from('192.0.2.7')), config, limiter);
    expect(admin.status).toBe(200);
    const reader = await handleLogin(login(READ, from('192.0.2.8')), config, limiter);
    expect(await reader.json()).toEqual({ role: 'reader' });
  });

  it('gives each rotating address one guess, not five, once the account is under attack', async () => {
    const config = testConfig();
    const limiter = new LoginRateLimiter();
    for (let i = 0; i < 20; i++) await handleLogin(login('wrong', from(`10.5.0.${i}`)), config, limiter);
    const second = await handleLogin(login('wrong', from('10.5.0.3')), config, limiter);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(60);
  });

  it('ignores a forged X-Forwarded-For without TRUST_PROXY: the TCP peer is the client', async () => {
    const config = testConfig({ trustProxy: 0, peerAddressKnown: true });
    const limiter = new LoginRateLimiter();
    const forged = (i: number) => ({ 'x-forwarded-for': `10.6.0.${i}`, [PEER_HEADER]: '203.0.113.5' });
    for (let i = 0; i < 5; i++)
      expect((await handleLogin(login('wrong', forged(i)), config, limiter)).status).toBe(401);
    expect((await handleLogin(login(ADMIN, forged(99)), config, limiter)).status).toBe(429);
    const other = { 'x-forwarded-for': '10.6.0.1', [PEER_HEADER]: '203.0.113.6' };
    expect((await handleLogin(login(ADMIN, other), config, limiter)).status).toBe(200);
  });

  it('takes the address the trusted proxies saw, and never a client-sent header the preload did not set', () => {
    const h = (xff: string, peer = '10.0.0.254') => new Headers({ 'x-forwarded-for': xff, [PEER_HEADER]: peer });
    expect(clientAddress(h('6.6.6.6, 198.51.100.1'), { trustProxy: 1, peerAddressKnown: true })).toBe('198.51.100.1');
    expect(clientAddress(h('6.6.6.6, 198.51.100.1, 10.0.0.9'), { trustProxy: 2, peerAddressKnown: true })).toBe(
      '198.51.100.1',
    );
    expect(clientAddress(h('6.6.6.6'), { trustProxy: 0, peerAddressKnown: true })).toBe('10.0.0.254');
    expect(clientAddress(h('6.6.6.6', '7.7.7.7'), { trustProxy: 0, peerAddressKnown: false })).toBe('unknown');
  });
});

describe('TRUST_PROXY and the peer preload', () => {
  it('validates TRUST_PROXY in lib/env', () => {
    const read = (value: string) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', '-e', 'import("./lib/env.ts").then((m) => console.log(m.env.TRUST_PROXY))'],
        {
          env: { ...process.env, TRUST_PROXY: value },
          encoding: 'utf8',
        },
      );
    expect(read('true').stdout.trim()).toBe('1');
    expect(read('2').stdout.trim()).toBe('2');
    expect(read('false').stdout.trim()).toBe('0');
    const bad = read('yes');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('TRUST_PROXY');
  });

  it('stamps each request with the socket address, replacing a client-sent copy', () => {
    const script = `
      const http = require('node:http');
      const server = http.createServer((q, r) => r.end(q.headers['${PEER_HEADER}']));
      server.listen(0, '127.0.0.1', async () => {
        const res = await fetch('http://127.0.0.1:' + server.address().port, { headers: { '${PEER_HEADER}': '6.6.6.6' } });
        console.log(await res.text(), globalThis.__taskshiftPeerAddress);
        server.close();
      });`;
    const run = spawnSync(process.execPath, ['--require', './scripts/peer-address.cjs', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stdout.trim()).toBe('127.0.0.1 true');
  });
});
