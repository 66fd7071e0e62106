import { type Db, getDb } from '../client';
import { LruCache } from './lru';

// The queries take the releases from here with the cache helpers; they are defined once, in lib/db/onet-release.ts.
export { CURRENT_ONET, PREVIOUS_ONET } from '../onet-release';

/**
 * A cheap fingerprint of the data: it changes whenever an import finishes or a model version
 * changes state, so cached aggregates are rebuilt exactly when the data they come from moved.
 */
export async function dataStamp(db: Db = getDb()): Promise<string> {
  const rows = await db.prisma.$queryRaw<{ stamp: string }[]>`
    SELECT concat_ws('|',
      (SELECT max(id)::text || ':' || coalesce(max(finished_at)::text, '') FROM import_run),
      (SELECT string_agg(version || ':' || status || ':' || coalesce(scored_at::text, ''), ',' ORDER BY version) FROM model_version)
    ) AS stamp`;
  return rows[0]?.stamp ?? '';
}

/** How long a fingerprint is trusted before the database is asked again (data changes show within this). */
export const STAMP_TTL_MS = 1000;
interface Entry {
  db: Db;
  stamp: string;
  value: Promise<unknown>;
}

/** A per-key cache (one LRU per name) valid for one database and data stamp. */
interface KeyedScope<T> {
  db: Db | null;
  stamp: string;
  values: LruCache<string, Promise<T>>;
  clear(): void;
}

/** Everything the dashboard caches: stamps, memoised loads and the per-key scopes by name. */
interface CacheStore {
  // Weak so that databases closed and dropped (tests) do not keep their stamps alive.
  stamps: WeakMap<Db, { stamp: Promise<string>; at: number }>;
  entries: Map<string, Entry>;
  keyedScopes: Map<string, KeyedScope<unknown>>;
}

// On globalThis: Next bundles pages and route handlers as separate module instances, and module-level maps would
// load and hold the same aggregates (the catalogue, occupation details) once per instance.
const globalForCache = globalThis as unknown as { taskshiftDashboardCache?: CacheStore };
globalForCache.taskshiftDashboardCache ??= { stamps: new WeakMap(), entries: new Map(), keyedScopes: new Map() };
const store: CacheStore = globalForCache.taskshiftDashboardCache;

/** The data stamp, asked of the database at most once per STAMP_TTL_MS per connection. */
function currentStamp(db: Db): Promise<string> {
  const hit = store.stamps.get(db);
  if (hit && performance.now() - hit.at < STAMP_TTL_MS) return hit.stamp;
  const stamp = dataStamp(db);
  store.stamps.set(db, { stamp, at: performance.now() });
  stamp.catch(() => store.stamps.delete(db));
  return stamp;
}

/** Forgets every cached aggregate and stamp (after writing data in-process, e.g. in tests). */
export function clearDashboardCache(): void {
  store.stamps = new WeakMap();
  store.entries.clear();
  for (const scoped of store.keyedScopes.values()) scoped.clear();
}

/**
 * Memoises an expensive load per database and data stamp: concurrent callers share one
 * load, and a new stamp (after an import or scoring run) triggers a reload.
 */
export async function cached<T>(name: string, db: Db, load: () => Promise<T>): Promise<T> {
  const stamp = await currentStamp(db);
  const hit = store.entries.get(name);
  if (hit && hit.db === db && hit.stamp === stamp) return hit.value as Promise<T>;
  const value = load();
  store.entries.set(name, { db, stamp, value });
  value.catch(() => {
    if (store.entries.get(name)?.value === value) store.entries.delete(name);
  });
  return value;
}

/**
 * A memo of per-key loads (e.g. one occupation's detail) holding at most `capacity` keys, least
 * recently used dropped first; every key is forgotten when the database or data stamp changes.
 * `name` makes it one cache per process: every module instance asking for the same name shares it.
 */
export function keyedCache<T>(
  name: string,
  capacity: number,
): (db: Db, key: string, load: () => Promise<T>) => Promise<T> {
  const known = store.keyedScopes.get(name) as KeyedScope<T> | undefined;
  const scope: KeyedScope<T> = known ?? {
    db: null,
    stamp: '',
    values: new LruCache(capacity),
    clear() {
      this.db = null;
      this.values.clear();
    },
  };
  store.keyedScopes.set(name, scope as KeyedScope<unknown>);
  return async (db, key, load) => {
    const stamp = await currentStamp(db);
    if (scope.db !== db || scope.stamp !== stamp) {
      scope.values.clear();
      scope.db = db;
      scope.stamp = stamp;
    }
    const hit = scope.values.get(key);
    if (hit) return hit;
    const value = load();
    scope.values.set(key, value);
    value.catch(() => {
      if (scope.values.get(key) === value) scope.values.delete(key);
    });
    return value;
  };
}

/** A cache key for a parameter object: entries sorted by key, undefined values dropped, as JSON. */
export function stableKey(params: object): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined);
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
