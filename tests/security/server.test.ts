import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { env } from '@/lib/env';
import {
  buildWithDummySecrets,
  DUMMY_SECRETS,
  filesContaining,
  filesUnder,
  freePort,
  startServer,
} from './server-harness';
import { customIndexCsv } from './upload-helpers';

// Builds the app (about a minute), so it runs under CI=true; locally: `CI=true npx vitest run tests/security/server.test.ts`.
describe.skipIf(!env.CI)('the built app (next build + next start with dummy secrets; runs under CI=true)', () => {
  const store = mkdtempSync(path.join(tmpdir(), 'taskshift-server-'));
  let server: ChildProcess | undefined;
  let base = '';
  beforeAll(async () => {
    const build = buildWithDummySecrets();
    if (!build.ok) throw new Error(`next build failed:\n${build.output}`);
    const db = createDb({ pgliteDir: path.join(store, 'pglite') });
    await migrate(db);
    await db.close();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // TRUST_PROXY=1: the tests name clients by X-Forwarded-For, as a reverse proxy in front would.
    server = await startServer(port, {
      ...DUMMY_SECRETS,
      TRUST_PROXY: '1',
      PGLITE_DIR: path.join(store, 'pglite'),
      DATABASE_URL: undefined,
    });
  }, 900_000);
  afterAll(() => {
    server?.kill('SIGTERM');
    rmSync(store, { recursive: true, force: true });
  });

  it('puts no secret into the build output (client bundle or server)', () => {
    expect(existsSync('.next/static')).toBe(true);
    const files = filesUnder('.next');
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(20);
    expect(filesContaining(files, Object.values(DUMMY_SECRETS))).toEqual([]);
  });

  it('sends the security headers on pages and API routes', async () => {
    for (const p of ['/login', '/api/health']) {
      const res = await fetch(base + p);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, p).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    }
  });

  it('allows only scripts carrying a fresh per-response nonce, which Next puts on all of its own', async () => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${base}/login`);
      const csp = res.headers.get('content-security-policy') ?? '';
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc).not.toContain('unsafe-inline');
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      expect(nonce).toBeTruthy();
      const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(2);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    const html = await (await fetch(`${base}/login`)).text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    const staticCsp = (await fetch(base + asset!)).headers.get('content-security-policy') ?? '';
    expect(staticCsp).toContain("script-src 'self'");
    expect(staticCsp).not.toContain('unsafe-inline');
  });

  it('protects reads when READ_TOKEN is set, keeping health and sign-in public', async () => {
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect((await fetch(`${base}/login`)).status).toBe(200);
    const page = await fetch(`${base}/data`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toContain('/login?next=%2Fdata');
    expect((await fetch(`${base}/api/indices`)).status).toBe(401);
    const withToken = await fetch(`${base}/api/indices`, {
      headers: { authorization: `Bearer ${DUMMY_SECRETS.READ_TOKEN}` },
    });
    expect(withToken.status).not.toBe(401);
  });

  it('signs in over HTTP with a Secure httpOnly cookie that opens reads and writes; rate limits failures', async () => {
    const login = (password: string, ip: string) =>
      fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ password }),
      });
    const ok = await login(DUMMY_SECRETS.ADMIN_PASSWORD, '10.9.0.1');
    expect(ok.status).toBe(200);
    const setCookie = ok.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Secure/);
    const cookie = setCookie.split(';')[0]!;
    const dataPage = await fetch(`${base}/data`, { headers: { cookie }, redirect: 'manual' });
    expect(dataPage.status).toBe(200);
    expect(await dataPage.text()).toContain('Upload and check'); // the admin sees the upload form
    expect((await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json()).role).toBe('admin');
    for (let i = 0; i < 5; i++) expect((await login('wrong', '10.9.0.2')).status).toBe(401);
    expect((await login(DUMMY_SECRETS.ADMIN_PASSWORD, '10.9.0.2')).status).toBe(429);
  });

  it('revokes a session at logout, and refuses sign-in and sign-out from another origin', async () => {
    const post = (p: string, headers: Record<string, string>, body?: object) =>
      fetch(base + p, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.0.5', ...headers },
        body: body && JSON.stringify(body),
      });
    expect(
      (await post('/api/auth/login', { origin: 'https://evil.example' }, { password: DUMMY_SECRETS.ADMIN_PASSWORD }))
        .status,
    ).toBe(403);
    const login = await post('/api/auth/login', { origin: base }, { password: DUMMY_SECRETS.ADMIN_PASSWORD });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const session = () =>
      fetch(`${base}/api/auth/session`, { headers: { cookie } }).then(
        (r) => r.json() as Promise<{ role: string | null }>,
      );
    expect((await session()).role).toBe('admin');
    expect((await post('/api/auth/logout', { cookie, origin: base.replace('http:', 'https:') })).status).toBe(403);
    expect((await session()).role).toBe('admin');
    expect((await post('/api/auth/logout', { cookie, origin: base })).status).toBe(200);
    expect((await session()).role).toBeNull(); // the copied cookie is dead
  });

  it('guards uploads on the server and receives a 12 MB file whole (uploads bypass the proxy body limit)', async () => {
    const form = (csv: string) => {
      const f = new FormData();
      f.set('kind', 'custom-index');
      f.set('indexName', 'server_index');
      f.set('file', new File([csv], 'server_index.csv', { type: 'text/csv' }));
      return f;
    };
    expect(
      (await fetch(`${base}/api/admin/uploads`, { method: 'POST', body: form(customIndexCsv('server_index')) })).status,
    ).toBe(401);
    const header = customIndexCsv('server_index');
    const padding = Array.from(
      { length: 12 * 1024 },
      (_, i) =>
        `server_index,soc2018,${String(10 + (i % 89)).padStart(2, '0')}-${String(i).padStart(4, '0')},0.5,2024,${'x'.repeat(980)}`,
    ).join('\n');
    const big = `${header}${padding}\n`;
    const res = await fetch(`${base}/api/admin/uploads`, {
      method: 'POST',
      body: form(big),
      headers: { authorization: `Bearer ${DUMMY_SECRETS.ADMIN_TOKEN}` },
    });
    const body = (await res.json()) as { upload: { id: string; sizeBytes: number; rowsRead: number } };
    expect(res.status).toBe(201);
    expect(body.upload.sizeBytes).toBe(Buffer.byteLength(big));
    expect(body.upload.rowsRead).toBe(3 + 12 * 1024);
    const cancel = await fetch(`${base}/api/admin/uploads/${body.upload.id}/cancel`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DUMMY_SECRETS.ADMIN_TOKEN}` },
    });
    expect(cancel.status).toBe(200);
  });

  it('without SESSION_SECRET, the per-process key signs cookies that the proxy accepts', async () => {
    const port = await freePort();
    const { SESSION_SECRET: _unset, ...rest } = DUMMY_SECRETS;
    const db = createDb({ pgliteDir: path.join(store, 'pglite2') }); // PGlite admits one process per folder
    await migrate(db);
    await db.close();
    const second = await startServer(port, {
      ...rest,
      SESSION_SECRET: undefined,
      PGLITE_DIR: path.join(store, 'pglite2'),
      DATABASE_URL: undefined,
    });
    try {
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ password: DUMMY_SECRETS.ADMIN_PASSWORD }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      expect((await fetch(`http://127.0.0.1:${port}/data`, { headers: { cookie }, redirect: 'manual' })).status).toBe(
        200,
      );
      // A cookie signed by the first server's SESSION_SECRET means nothing here.
      const foreign = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.0.9' },
        body: JSON.stringify({ password: DUMMY_SECRETS.ADMIN_PASSWORD }),
      });
      const foreignCookie = (foreign.headers.get('set-cookie') ?? '').split(';')[0]!;
      expect(
        (await fetch(`http://127.0.0.1:${port}/data`, { headers: { cookie: foreignCookie }, redirect: 'manual' }))
          .status,
      ).toBe(303);
      // Without TRUST_PROXY the TCP peer is the client: a forged X-Forwarded-For buys no fresh tries.
      const guess = (i: number) =>
        fetch(`http://127.0.0.1:${port}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.8.0.${i}` },
          body: JSON.stringify({ password: 'wrong' }),
        });
      for (let i = 0; i < 5; i++) expect((await guess(i)).status).toBe(401);
      expect((await guess(99)).status).toBe(429);
    } finally {
      second.kill('SIGTERM');
    }
  });
});
