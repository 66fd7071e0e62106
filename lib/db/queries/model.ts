import { env } from '../../env';
import { type Db, getDb } from '../client';
import { cached } from './cache';

/** The model version whose scores the dashboard shows. */
export interface CurrentModel {
  version: string;
  kind: string;
  metrics: Record<string, unknown>;
  params: Record<string, unknown>;
  dataVersions: Record<string, unknown>;
  scoredAt: Date | null;
}

/** MODEL_VERSION when set and ready, else the most recently scored 'ready' version; null while none is ready. */
export async function fetchCurrentModel(db: Db = getDb()): Promise<CurrentModel | null> {
  const rows = await db.prisma.$queryRaw<
    {
      version: string;
      kind: string;
      metrics: unknown;
      params: unknown;
      data_versions: unknown;
      scored_at: Date | null;
    }[]
  >`SELECT version, kind, metrics, params, data_versions, scored_at FROM model_version
    WHERE status = 'ready' AND (${env.MODEL_VERSION ?? null}::text IS NULL OR version = ${env.MODEL_VERSION ?? null}::text)
    ORDER BY scored_at DESC NULLS LAST, created_at DESC LIMIT 1`;
  const r = rows[0];
  if (!r) return null;
  return {
    version: r.version,
    kind: r.kind,
    metrics: (r.metrics ?? {}) as Record<string, unknown>,
    params: (r.params ?? {}) as Record<string, unknown>,
    dataVersions: (r.data_versions ?? {}) as Record<string, unknown>,
    scoredAt: r.scored_at,
  };
}

/**
 * The current model as fetchCurrentModel finds it, cached until the data stamp moves (a model scored or
 * its status changed shows within the stamp's TTL). For what every page renders (the footer), so a page
 * view costs no query of its own; code that writes a model and reads it back uses fetchCurrentModel.
 */
export function fetchCurrentModelCached(db: Db = getDb()): Promise<CurrentModel | null> {
  return cached('current-model', db, () => fetchCurrentModel(db));
}

/** What data the figures rest on: O*NET releases loaded and the OEWS years present. */
export interface DataVersions {
  onet: string[];
  oewsFirstYear: number | null;
  oewsLastYear: number | null;
}

/** The O*NET releases and the employment years in the database (cached until the data changes). */
export function fetchDataVersions(db: Db = getDb()): Promise<DataVersions> {
  return cached('data-versions', db, () => loadDataVersions(db));
}

async function loadDataVersions(db: Db): Promise<DataVersions> {
  const onet = await db.prisma.$queryRaw<{ v: string }[]>`
    SELECT DISTINCT onet_version AS v FROM onet_occupation ORDER BY 1 DESC`;
  const years = await db.prisma.$queryRaw<{ lo: number | null; hi: number | null }[]>`
    SELECT min(year) AS lo, max(year) AS hi FROM employment_series`;
  return { onet: onet.map((r) => r.v), oewsFirstYear: years[0]?.lo ?? null, oewsLastYear: years[0]?.hi ?? null };
}
