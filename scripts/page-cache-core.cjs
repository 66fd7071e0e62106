/**
 * The page cache that scripts/page-cache.cjs installs in the server process. Why: one occupation page costs
 * ≈ 13 ms of server CPU to render, so one Node process serves ≈ 75 a second and 50 connections wait ≈ 650 ms;
 * yet the page is the same for every anonymous visitor until the data changes. Next's own render cache cannot
 * keep it: the page CSP has a per-response script nonce (proxy.ts), and a kept render carries its first
 * request's nonce. So this keeps the finished HTML of anonymous GET /occupations/{code}, / and /occupations?…
 * for 15 s and replays it with a fresh nonce written in place of the old one, in the body and in the
 * Content-Security-Policy header alike: every response still has its own nonce.
 * Only plain 200 HTML pages are kept (no cookies asked or set, no widget error inside), at most 64 of them.
 */
const http = require('node:http');
const { randomBytes } = require('node:crypto');
const zlib = require('node:zlib');

/** Pages the same for every anonymous visitor: an occupation, the overview, the explorer (its query is in the key). */
const PAGE_PATHS = [/^\/occupations\/\d{2}-\d{4}\.\d{2}$/, /^\/$/, /^\/occupations(\?(?![^#]*_rsc=)[^#]*)?$/];
const TTL_MS = 15_000;
const MAX_ENTRIES = 64;
const MAX_BODY_BYTES = 1 << 20;
/** A request with any of these may get (or ask for) something other than the anonymous full page. */
const PERSONAL_HEADERS = [
  'cookie',
  'authorization',
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
  'range',
  'if-none-match',
  'if-modified-since',
];
/** Headers that belong to one transfer, not to the page. */
const TRANSFER_HEADERS = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'content-encoding',
]);
const FAILED_WIDGET = /data-testid="(widget-error|page-error)"/;

/** The cache key of a request that may be answered from the cache (its path), else null. */
function cacheKey(req) {
  if (req.method !== 'GET' || !PAGE_PATHS.some((p) => p.test(req.url ?? ''))) return null; // req.url keeps the query
  return PERSONAL_HEADERS.some((h) => req.headers[h] !== undefined) ? null : req.url;
}

/** A bounded map of pages (least recently used dropped first) whose entries expire `ttlMs` after they were kept. */
function createPageCache({ ttlMs = TTL_MS, maxEntries = MAX_ENTRIES, now = Date.now } = {}) {
  const entries = new Map();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (now() - entry.keptAt > ttlMs) return undefined;
      entries.set(key, entry); // most recently used last
      return entry;
    },
    set(key, entry) {
      entries.delete(key);
      entries.set(key, { ...entry, keptAt: now() });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value);
    },
    get size() {
      return entries.size;
    },
  };
}

/** The script nonce of a Content-Security-Policy header, or null. */
function nonceOf(policy) {
  return /'nonce-([^']+)'/.exec(String(policy ?? ''))?.[1] ?? null;
}

/** A kept page as one response with `nonce` written wherever the kept render had its own (body and CSP header). */
function replay(entry, nonce) {
  const swap = (text) => text.split(entry.nonce).join(nonce);
  const headers = {};
  for (const [name, value] of Object.entries(entry.headers))
    headers[name] = Array.isArray(value) ? value.map((v) => swap(String(v))) : swap(String(value));
  return { status: entry.status, headers, body: swap(entry.body) };
}

/** The page worth keeping from a finished response, or null (not a 200 HTML page with a nonce, a cookie set, a widget failed). */
function keepable(status, headers, body) {
  const nonce = nonceOf(headers['content-security-policy']);
  if (status !== 200 || !nonce || headers['set-cookie'] || headers['content-encoding']) return null;
  if (!String(headers['content-type'] ?? '').startsWith('text/html') || FAILED_WIDGET.test(body)) return null;
  const kept = {};
  for (const [name, value] of Object.entries(headers)) if (!TRANSFER_HEADERS.has(name)) kept[name] = value;
  return { status, headers: kept, body, nonce };
}

/** Writes a kept page, gzipped when the client takes gzip. */
function send(req, res, entry) {
  const page = replay(entry, randomBytes(16).toString('base64'));
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? zlib.gzipSync(page.body, { level: 1 }) : Buffer.from(page.body);
  res.writeHead(page.status, {
    ...page.headers,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    'content-length': body.length,
    'x-page-cache': 'hit',
  });
  res.end(body);
}

/** Tees a response Next writes, and keeps the page when it finished as one worth keeping. */
function capture(res, key, cache) {
  const chunks = [];
  let size = 0;
  let headArgs = {};
  let rawHead = false; // headers given to writeHead as a raw array: not kept (Next does not do this)
  const { writeHead, write, end } = res;
  const take = (chunk, encoding) => {
    if (chunk == null || typeof chunk === 'function' || size > MAX_BODY_BYTES) return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
    size += buffer.length;
    chunks.push(buffer);
  };
  res.setHeader('x-page-cache', 'miss');
  res.writeHead = function (status, ...rest) {
    const headers = rest.find((a) => a && typeof a === 'object');
    rawHead = Array.isArray(headers);
    if (headers && !rawHead) headArgs = headers;
    return writeHead.call(this, status, ...rest);
  };
  res.write = function (chunk, encoding, ...rest) {
    take(chunk, encoding);
    return write.call(this, chunk, encoding, ...rest);
  };
  res.end = function (chunk, encoding, ...rest) {
    take(chunk, encoding);
    return end.call(this, chunk, encoding, ...rest);
  };
  res.once('finish', () => {
    if (size > MAX_BODY_BYTES || rawHead) return;
    const headers = { ...res.getHeaders() };
    for (const [name, value] of Object.entries(headArgs)) if (value !== undefined) headers[name.toLowerCase()] = value;
    delete headers['x-page-cache'];
    const entry = keepable(res.statusCode, headers, Buffer.concat(chunks).toString('utf8'));
    if (entry) cache.set(key, entry);
  });
}

/** Answers a request from `cache` when it can (true), else readies it to be kept and lets it through (false). */
function serveFromCache(req, res, cache) {
  const key = cacheKey(req);
  if (!key) return false;
  const entry = cache.get(key);
  if (entry) {
    send(req, res, entry);
    return true;
  }
  delete req.headers['accept-encoding']; // Next answers this one uncompressed, so the kept body is plain HTML
  capture(res, key, cache);
  return false;
}

/** Installs the cache on every HTTP server of this process (once). */
function install(cache = createPageCache()) {
  if (http.Server.prototype.emit.__taskshiftPageCache) return;
  const originalEmit = http.Server.prototype.emit;
  const emitWithCache = function (event, req, res, ...rest) {
    if (event === 'request' && req && res && serveFromCache(req, res, cache)) return true;
    return originalEmit.call(this, event, req, res, ...rest);
  };
  emitWithCache.__taskshiftPageCache = true;
  http.Server.prototype.emit = emitWithCache;
}

module.exports = { cacheKey, createPageCache, nonceOf, replay, keepable, serveFromCache, install, TTL_MS, MAX_ENTRIES };
