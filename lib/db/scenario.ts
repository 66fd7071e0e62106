import type { Db } from './client';
import { AUTOMATION_THRESHOLD } from './score-thresholds';

/** One line item of the BLS employment projection (thousands, as BLS publishes them). */
export interface ProjectionRow {
  code: string;
  title: string;
  empBase: number | null;
  empProjected: number | null;
}

/** One O*NET occupation's exposed task time (a share of its task time) and the part of it in automation mode. */
export interface ExposedTime {
  exposed: number;
  automated: number;
}

/** The employment projection vintage the scenario's baseline comes from. */
export const SCENARIO_PROJECTION_VINTAGE = '2024-34';

/** The line items (detailed occupations) of one BLS projection vintage, employment in thousands. */
export async function readProjectionLineItems(
  db: Db,
  vintage: string = SCENARIO_PROJECTION_VINTAGE,
): Promise<ProjectionRow[]> {
  return db.prisma.$queryRaw<ProjectionRow[]>`
    SELECT nem_code AS code, title, emp_base AS "empBase", emp_projected AS "empProjected"
    FROM employment_projection WHERE vintage = ${vintage} AND occupation_type = 'Line item' ORDER BY nem_code`;
}

/**
 * Per O*NET occupation, its exposed task time Σ attention·exposure (the occupation score's own task
 * weights) and the part of it on tasks the automation head puts above 0.5 (lib/analytics/ai-mode.ts).
 */
export async function readExposedTime(db: Db, modelVersion: string): Promise<Map<string, ExposedTime>> {
  const rows = await db.prisma.$queryRaw<{ code: string; exposed: number; automated: number }[]>`
    SELECT code, COALESCE(sum(attention * exposure), 0)::float8 AS exposed,
           COALESCE(sum(attention * exposure) FILTER (WHERE automation > ${AUTOMATION_THRESHOLD}), 0)::float8 AS automated
    FROM task_score WHERE model_version = ${modelVersion} GROUP BY code`;
  return new Map(rows.map((r) => [r.code, { exposed: r.exposed, automated: r.automated }]));
}
