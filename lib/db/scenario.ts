import type { ProjectionRow } from '../analytics/scenario/prepare';
import type { Db } from './client';

/** The employment projection vintage the scenario's baseline comes from. */
export const SCENARIO_PROJECTION_VINTAGE = '2024-34';

/** The line items (detailed occupations) of one BLS projection vintage, employment in thousands. */
export async function readProjectionLineItems(db: Db, vintage: string = SCENARIO_PROJECTION_VINTAGE): Promise<ProjectionRow[]> {
  return db.prisma.$queryRaw<ProjectionRow[]>`
    SELECT nem_code AS code, title, emp_base AS "empBase", emp_projected AS "empProjected"
    FROM employment_projection WHERE vintage = ${vintage} AND occupation_type = 'Line item' ORDER BY nem_code`;
}
