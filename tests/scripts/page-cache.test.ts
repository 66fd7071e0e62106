import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The preload's logic (CommonJS, loaded by `node --require` in the server; see scripts/next-server.ts). */
const core = createRequire(import.meta.url)('../../scripts/page-cache-core.cjs') as {
  createPageCache: (o?: { ttlMs?: number; maxEntries?: number; now?: () => number }) => {
    get(k: string): unknown;
    set(k: string, e: object): void;
    size: number;
  };
  serveFromCache: (req: IncomingMessage, res: ServerResponse, cache: unknown) => boolean;
};

/** Imitates Next behind proxy.ts: a fresh nonce per render, in the CSP header and on the page's scripts. */
let renders = 0;
const seenEncodings: (string | undefined)[] = [];
function render(req: IncomingMessage, res: ServerResponse): void {
  renders++;
  seenEncodings.push(req.headers['accept-encoding']);
  const nonce = `${Buffer.from(`nonce-${renders}-${Math.random()}`).toString('base64').slice(0, 22)}==`;
  const failed = req.url?.includes('29-2000.00');
  res.statusCode = req.url?.includes('99-9999.00') ? 404 : 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('content-security-policy', `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  res.write(`<html><body><h1>Registered Nurses</h1><script nonce="${nonce}">self.__next_f.push([1,"a"])</script>`);
  res.end(`${failed ? '<div data-testid="widget-error"></div>' : ''}<script nonce="${nonce}">1</script></body></html>`);
}

let server: Server;
let base = '';
beforeAll(async () => {
  const cache = core.createPageCache();
  server = createServer((req, res) => core.serveFromCache(req, res, cache) || render(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(base + path, { headers });
  const body = await res.text();
  const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
  return { res, body, nonce, cache: res.headers.get('x-page-cache') };
};

describe('occupation page cache (scripts/page-cache-core.cjs)', () => {
  it('renders once, then replays the page with a fresh nonce in both the header and the body', async () => {
    const first = await get('/occupations/29-1141.00');
    expect(first.cache).toBe('miss');
    expect(seenEncodings.at(-1)).toBeUndefined(); // asked uncompressed so the kept body is plain HTML
    const before = renders;
    const second = await get('/occupations/29-1141.00');
    const third = await get('/occupations/29-1141.00');
    expect(renders).toBe(before);
    expect(second.cache).toBe('hit');
    expect(second.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set([first.nonce, second.nonce, third.nonce]).size).toBe(3);
    expect(second.body).not.toContain(first.nonce);
    expect(second.body.split(`nonce="${second.nonce}"`).length - 1).toBe(2);
    expect(second.body).toBe(first.body.split(first.nonce!).join(second.nonce!));
  });

  it('gzips a replay for a client that takes gzip', async () => {
    await get('/occupations/15-1252.00');
    const res = await fetch(`${base}/occupations/15-1252.00`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('x-page-cache')).toBe('hit');
    expect(await res.text()).toContain('Registered Nurses'); // fetch decodes gzip: the text is the page
  });

  it('never answers from the cache a request with a cookie, a credential, a query or an RSC header', async () => {
    await get('/occupations/29-1141.00');
    for (const [path, headers] of [
      ['/occupations/29-1141.00', { cookie: 'taskshift_session=x' }],
      ['/occupations/29-1141.00', { authorization: 'Bearer token-token-token-token' }],
      ['/occupations/29-1141.00', { rsc: '1' }],
      ['/occupations/29-1141.00?tab=tasks', {}],
    ] as const) {
      const before = renders;
      expect((await get(path, headers)).cache, path).not.toBe('hit');
      expect(renders, JSON.stringify(headers)).toBe(before + 1);
    }
  });

  it('keeps the overview and each explorer query too, but no other page and no RSC fetch', async () => {
    for (const path of ['/', '/occupations', '/occupations?q=nurse&sort=-employment']) {
      await get(path);
      expect((await get(path)).cache, path).toBe('hit');
    }
    for (const path of ['/employment', '/occupations?q=nurse&_rsc=1x2y', '/login']) {
      await get(path);
      const before = renders;
      expect((await get(path)).cache, path).not.toBe('hit');
      expect(renders, path).toBe(before + 1);
    }
  });

  it('keeps no error page and no page with a failed widget', async () => {
    for (const path of ['/occupations/99-9999.00', '/occupations/29-2000.00']) {
      await get(path);
      const before = renders;
      expect((await get(path)).cache).toBe('miss');
      expect(renders).toBe(before + 1);
    }
  });

  it('forgets a page after its time to live and holds at most maxEntries pages', () => {
    let now = 0;
    const cache = core.createPageCache({ ttlMs: 15_000, maxEntries: 2, now: () => now });
    cache.set('/a', { body: 'a' });
    now = 14_999;
    expect(cache.get('/a')).toBeTruthy();
    now = 15_001;
    expect(cache.get('/a')).toBeUndefined();
    for (const key of ['/a', '/b', '/c']) cache.set(key, { body: key });
    expect(cache.size).toBe(2);
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.get('/c')).toBeTruthy();
  });

  it('is installed on every HTTP server of the process by the preload', () => {
    const script = `
      const http = require('node:http');
      let renders = 0;
      const server = http.createServer((q, r) => { renders++; r.setHeader('content-type', 'text/html');
        r.setHeader('content-security-policy', "script-src 'nonce-" + 'n'.repeat(22) + "=='"); r.end('<p>page</p>'); });
      server.listen(0, '127.0.0.1', async () => {
        const url = 'http://127.0.0.1:' + server.address().port + '/occupations/29-1141.00';
        const a = await fetch(url); await a.text(); const b = await fetch(url); await b.text();
        console.log(a.headers.get('x-page-cache'), b.headers.get('x-page-cache'), renders);
        server.close();
      });`;
    const run = spawnSync(process.execPath, ['--require', './scripts/page-cache.cjs', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stdout.trim()).toBe('miss hit 1');
  });
});
