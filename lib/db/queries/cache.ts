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
// Weak so that databases closed and dropped (tests) do not keep their stamps alive.
let stamps = new WeakMap<Db, { stamp: Promise<string>; at: number }>();

/** The data stamp, asked of the database at most once per STAMP_TTL_MS per connection. */
function currentStamp(db: Db): Promise<string> {
  const hit = stamps.get(db);
  if (hit && performance.now() - hit.at < STAMP_TTL_MS) return hit.stamp;
  const stamp = dataStamp(db);
  stamps.set(db, { stamp, at: performance.now() });
  stamp.catch(() => stamps.delete(db));
  return stamp;
}

/** Forgets every cached aggregate and stamp (after writing data in-process, e.g. in tests). */
export function clearDashboardCache(): void {
  stamps = new WeakMap();
  entries.clear();
  for (const scoped of keyedScopes) scoped.clear();
}

interface Entry {
  db: Db;
  stamp: string;
  value: Promise<unknown>;
}
const entries = new Map<string, Entry>();

/**
 * Memoises an expensive load per database and data stamp: concurrent callers share one
 * load, and a new stamp (after an import or scoring run) triggers a reload.
 */
export async function cached<T>(name: string, db: Db, load: () => Promise<T>): Promise<T> {
  const stamp = await currentStamp(db);
  const hit = entries.get(name);
  if (hit && hit.db === db && hit.stamp === stamp) return hit.value as Promise<T>;
  const value = load();
  entries.set(name, { db, stamp, value });
  value.catch(() => {
    if (entries.get(name)?.value === value) entries.delete(name);
  });
  return value;
}

/** A per-key cache (one LRU per name) valid for one database and data stamp. */
interface KeyedScope<T> {
  db: Db | null;
  stamp: string;
  values: LruCache<string, Promise<T>>;
  clear(): void;
}
const keyedScopes = new Set<KeyedScope<unknown>>();

/**
 * A memo of per-key loads (e.g. one occupation's detail) holding at most `capacity` keys, least
 * recently used dropped first; every key is forgotten when the database or data stamp changes.
 */
export function keyedCache<T>(capacity: number): (db: Db, key: string, load: () => Promise<T>) => Promise<T> {
  const scope: KeyedScope<T> = {
    db: null,
    stamp: '',
    values: new LruCache(capacity),
    clear() {
      this.db = null;
      this.values.clear();
    },
  };
  keyedScopes.add(scope as KeyedScope<unknown>);
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
