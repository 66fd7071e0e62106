import { env } from '../env';
import type { Db } from './client';

/** Rows per INSERT … unnest() statement. */
const BATCH = 5_000;

export interface TaskScoreRow {
  code: string;
  taskId: number;
  pE0: number;
  pE1: number;
  pE2: number;
  exposure: number;
  exposureLow: number;
  exposureHigh: number;
  automation: number;
  attention: number;
  topTokens: { token: string; weight: number }[];
  /** The task's O*NET work activities and the exposure the work-activity prior gives each (most exposed first). */
  topActivities: { id: string; title: string; exposure: number }[];
}

export interface OccupationScoreRow {
  code: string;
  exposure: number;
  exposureLow: number;
  exposureHigh: number;
  automation: number;
  shareExposed: number;
  nTasks: number;
}

export interface ModelVersionInfo {
  version: string;
  kind: string;
  params: unknown;
  metrics: unknown;
  dataVersions: unknown;
}

/** Creates (or refreshes the params/metrics of) a model_version row; its status is left as it is. */
export async function registerModelVersion(db: Db, info: ModelVersionInfo): Promise<void> {
  const [params, metrics, data] = [info.params, info.metrics, info.dataVersions].map((v) => JSON.stringify(v ?? {}));
  await db.prisma.$executeRaw`
    INSERT INTO model_version (version, kind, params, metrics, data_versions)
    VALUES (${info.version}, ${info.kind}, ${params}::jsonb, ${metrics}::jsonb, ${data}::jsonb)
    ON CONFLICT (version) DO UPDATE SET kind = EXCLUDED.kind, params = EXCLUDED.params,
      metrics = EXCLUDED.metrics, data_versions = EXCLUDED.data_versions`;
}

/** Status of a version, or undefined when it is not registered. */
export async function modelVersionStatus(db: Db, version: string): Promise<string | undefined> {
  const rows = await db.prisma.$queryRaw<
    { status: string }[]
  >`SELECT status FROM model_version WHERE version = ${version}`;
  return rows[0]?.status;
}

/** Marks a version as being scored (a version already 'ready' keeps serving its old scores meanwhile). */
export async function beginScoring(db: Db, version: string): Promise<void> {
  await db.prisma
    .$executeRaw`UPDATE model_version SET status = 'scoring' WHERE version = ${version} AND status <> 'ready'`;
}

/** Marks a version that failed to score. */
export async function markFailed(db: Db, version: string): Promise<void> {
  await db.prisma
    .$executeRaw`UPDATE model_version SET status = 'failed' WHERE version = ${version} AND status <> 'ready'`;
}

/** The occupations one shard of a scoring run owns, and how many the whole run scores. */
export interface ScoreScope {
  codes: readonly string[];
  totalOccupations: number;
}

/**
 * Replaces a version's scores and flips it to 'ready' in ONE transaction: a crash leaves either
 * the previous complete scores or none, never a half-written version marked ready. With a `scope`
 * (one shard of `score --shard i/n`) only the scope's occupations are replaced, shards' writes of one
 * version are serialised by an advisory lock, and the version turns 'ready' in the transaction that
 * leaves every occupation of the run scored (whichever shard lands last).
 */
export async function writeScores(
  db: Db,
  version: string,
  tasks: readonly TaskScoreRow[],
  occupations: readonly OccupationScoreRow[],
  scope?: ScoreScope,
): Promise<void> {
  await db.prisma.$transaction(
    async (tx) => {
      if (scope) {
        const codes = [...scope.codes];
        await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`taskshift:score:${version}`}))`;
        await tx.$executeRaw`DELETE FROM task_score WHERE model_version = ${version} AND code = ANY(${codes}::text[])`;
        await tx.$executeRaw`DELETE FROM occupation_score WHERE model_version = ${version} AND code = ANY(${codes}::text[])`;
      } else {
        await tx.$executeRaw`DELETE FROM task_score WHERE model_version = ${version}`;
        await tx.$executeRaw`DELETE FROM occupation_score WHERE model_version = ${version}`;
      }
      for (let i = 0; i < tasks.length; i += BATCH) {
        const b = tasks.slice(i, i + BATCH);
        await tx.$executeRaw`
          INSERT INTO task_score (model_version, code, task_id, p_e0, p_e1, p_e2, exposure, exposure_low, exposure_high, automation, attention, top_tokens, top_activities)
          SELECT ${version}, u.code, u.task_id, u.p0, u.p1, u.p2, u.e, u.lo, u.hi, u.a, u.att, u.top::jsonb, u.act::jsonb FROM unnest(
            ${b.map((r) => r.code)}::text[], ${b.map((r) => r.taskId)}::int[], ${b.map((r) => r.pE0)}::float8[],
            ${b.map((r) => r.pE1)}::float8[], ${b.map((r) => r.pE2)}::float8[], ${b.map((r) => r.exposure)}::float8[],
            ${b.map((r) => r.exposureLow)}::float8[], ${b.map((r) => r.exposureHigh)}::float8[], ${b.map((r) => r.automation)}::float8[],
            ${b.map((r) => r.attention)}::float8[], ${b.map((r) => JSON.stringify(r.topTokens))}::text[],
            ${b.map((r) => JSON.stringify(r.topActivities))}::text[]
          ) AS u(code, task_id, p0, p1, p2, e, lo, hi, a, att, top, act)`;
      }
      for (let i = 0; i < occupations.length; i += BATCH) {
        const b = occupations.slice(i, i + BATCH);
        await tx.$executeRaw`
          INSERT INTO occupation_score (model_version, code, exposure, exposure_low, exposure_high, automation, share_exposed, n_tasks)
          SELECT ${version}, * FROM unnest(
            ${b.map((r) => r.code)}::text[], ${b.map((r) => r.exposure)}::float8[], ${b.map((r) => r.exposureLow)}::float8[],
            ${b.map((r) => r.exposureHigh)}::float8[], ${b.map((r) => r.automation)}::float8[],
            ${b.map((r) => r.shareExposed)}::float8[], ${b.map((r) => r.nTasks)}::int[])`;
      }
      if (!scope)
        await tx.$executeRaw`UPDATE model_version SET status = 'ready', scored_at = now() WHERE version = ${version}`;
      else
        await tx.$executeRaw`
          UPDATE model_version SET status = 'ready', scored_at = now() WHERE version = ${version}
            AND (SELECT count(*) FROM occupation_score WHERE model_version = ${version}) >= ${scope.totalOccupations}`;
    },
    { timeout: 300_000, maxWait: 120_000 },
  );
}

/** The version the product shows: MODEL_VERSION when set, else the most recently scored 'ready' one. */
export async function currentModelVersion(db: Db): Promise<string | undefined> {
  if (env.MODEL_VERSION) return env.MODEL_VERSION;
  const rows = await db.prisma.$queryRaw<{ version: string }[]>`
    SELECT version FROM model_version WHERE status = 'ready' ORDER BY scored_at DESC NULLS LAST, created_at DESC LIMIT 1`;
  return rows[0]?.version;
}

/** One scored occupation with its title, as exported. */
export interface OccupationExportRow extends OccupationScoreRow {
  title: string;
  modelVersion: string;
}

/** Every scored occupation of a version, by code, with its O*NET title (latest release that has the code). */
export async function readOccupationScores(db: Db, version: string): Promise<OccupationExportRow[]> {
  return db.prisma.$queryRaw<OccupationExportRow[]>`
    SELECT s.code, COALESCE(t.title, '') AS title, s.exposure, s.exposure_low AS "exposureLow", s.exposure_high AS "exposureHigh",
           s.automation, s.share_exposed AS "shareExposed", s.n_tasks AS "nTasks", s.model_version AS "modelVersion"
    FROM occupation_score s
    LEFT JOIN LATERAL (SELECT title FROM onet_occupation o WHERE o.code = s.code ORDER BY onet_version DESC LIMIT 1) t ON true
    WHERE s.model_version = ${version} ORDER BY s.code`;
}

/** Number of task and occupation score rows of a version. */
export async function countScores(db: Db, version: string): Promise<{ tasks: number; occupations: number }> {
  const rows = await db.prisma.$queryRaw<{ tasks: number; occupations: number }[]>`
    SELECT (SELECT count(*)::int FROM task_score WHERE model_version = ${version}) AS tasks,
           (SELECT count(*)::int FROM occupation_score WHERE model_version = ${version}) AS occupations`;
  return rows[0] ?? { tasks: 0, occupations: 0 };
}
