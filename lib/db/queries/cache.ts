import { type Db, getDb } from '../client';

/** Current O*NET release: the occupations and ratings the dashboard shows. */
export const CURRENT_ONET = '30.1';
/** Earlier O*NET release used for the skill shift. */
export const PREVIOUS_ONET = '23.x';

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
const stamps = new Map<Db, { stamp: Promise<string>; at: number }>();

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
  stamps.clear();
  entries.clear();
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
