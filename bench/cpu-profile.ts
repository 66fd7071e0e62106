import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A V8 .cpuprofile (node --cpu-prof), as much of it as the attribution reads. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where server time can go, most specific first: a sample counts for the first category any frame of its stack has. */
export const CATEGORIES = [
  'CSP nonce (lib/http/csp.ts)',
  'proxy.ts / middleware',
  'database (Prisma, pg, lib/db)',
  'logging (console)',
  'JSON serialisation',
  'dynamic rendering (React, app/ui)',
  'route handler + views (lib, app/api)',
  'Next server (routing, request/response)',
  'page cache (scripts/page-cache-core.cjs)',
  'Node (http, streams, timers)',
  'garbage collection',
  'other / native',
] as const;
type Category = (typeof CATEGORIES)[number];

/** The chunk files of the built proxy (.next/server/middleware.js loads them), as absolute paths. */
function proxyChunks(): Set<string> {
  try {
    const entry = readFileSync('.next/server/middleware.js', 'utf8');
    return new Set([...entry.matchAll(/R\.c\("(server\/chunks\/[^"]+)"\)/g)].map((m) => resolve('.next', m[1]!)));
  } catch {
    return new Set();
  }
}
const PROXY_CHUNKS = proxyChunks();

/** The category of one frame, from its file, its source (through the bundle's source map) and function name. */
function categoryOf(file: string, source: string, fn: string): Category | null {
  if (fn === '(garbage collector)') return 'garbage collection';
  if (source.includes('lib/http/csp')) return 'CSP nonce (lib/http/csp.ts)';
  if (PROXY_CHUNKS.has(file) || /middleware/i.test(fn)) return 'proxy.ts / middleware';
  if (/lib\/db\/|@prisma|\/pg\/|pg-protocol|pg-pool/.test(source)) return 'database (Prisma, pg, lib/db)';
  if (source.startsWith('node:internal/console') || /(^|\/)lib\/log/.test(source)) return 'logging (console)';
  if (source === '' && (fn === 'stringify' || fn === 'parse')) return 'JSON serialisation';
  if (/react-server-dom|react-dom|app-page|(^|\/)app\/(?!api\/)/.test(source) && !/(^|\/)app\/api\//.test(source))
    return 'dynamic rendering (React, app/ui)';
  if (source.includes('node_modules/') || source.includes('/.next/')) return 'Next server (routing, request/response)';
  if (/(^|\/)(lib|app\/api)\//.test(source)) return 'route handler + views (lib, app/api)';
  if (file.endsWith('page-cache-core.cjs')) return 'page cache (scripts/page-cache-core.cjs)';
  if (source.startsWith('node:')) return 'Node (http, streams, timers)';
  return null;
}

/** Source maps of the built chunks, loaded once each (null when a chunk has none). */
const maps = new Map<string, SourceMap | null>();
function originalSource(file: string, url: string, line: number, column: number): string {
  if (!file.includes('/.next/')) return url;
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, null);
    }
  }
  const entry = maps.get(file)?.findEntry(line, column) as { originalSource?: string } | undefined;
  return entry?.originalSource ?? url;
}

/**
 * Splits a CPU profile's busy time (idle left out) into CATEGORIES, as shares. Only samples
 * inside `windowUs` (monotonic µs, the clock V8 stamps samples with) count, so start-up and warm-up are left out.
 * Each sample is charged to the most specific category on its stack, so proxy work done inside Next's
 * router counts as proxy, and JSON.stringify inside a handler as serialisation. Shares, not sample times: on a
 * loaded machine a sample's interval includes time the process waited for a core.
 */
export function attributeProfile(path: string, windowUs: [number, number]): { category: Category; share: number }[] {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const rank = new Map<number, number>(); // node id -> best category index on its stack
  const rankOf = (id: number): number => {
    if (rank.has(id)) return rank.get(id)!;
    const { callFrame: f } = byId.get(id)!;
    const file = f.url.startsWith('file://') ? fileURLToPath(f.url) : f.url;
    const own = categoryOf(file, originalSource(file, f.url, f.lineNumber, f.columnNumber), f.functionName);
    const up = parent.has(id) ? rankOf(parent.get(id)!) : CATEGORIES.length - 1;
    const r = Math.min(own === null ? CATEGORIES.length - 1 : CATEGORIES.indexOf(own), up);
    rank.set(id, r);
    return r;
  };
  const us = new Array<number>(CATEGORIES.length).fill(0);
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < windowUs[0] || at > windowUs[1]) return;
    if (byId.get(id)!.callFrame.functionName !== '(idle)') us[rankOf(id)]! += delta;
  });
  const busy = us.reduce((a, b) => a + b, 0) || 1;
  return CATEGORIES.map((category, i) => ({ category, share: us[i]! / busy }));
}
