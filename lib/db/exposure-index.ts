import type { Db } from './client';

/** One index value on a SOC 2018 code, averaged over the source codes that map to it. */
export interface Soc2018IndexValue {
  socCode: string;
  year: number | null;
  value: number;
  /** How many distinct source codes were averaged into this value. */
  sources: number;
}

/**
 * Reads any index of exposure_index on SOC 2018 codes, mapping through the crosswalk table:
 * soc2010 → soc2018; isco08 → soc2010 → soc2018 (how ILO and Nesta reach US codes);
 * onetsoc2010 → onetsoc2019; an O*NET-SOC 2019 code's first 7 characters are its SOC 2018 code.
 * Where several source codes reach one SOC 2018 code, their values are averaged (unweighted).
 */
export async function exposureOnSoc2018(db: Db, indexName: string): Promise<Soc2018IndexValue[]> {
  return db.prisma.$queryRaw<Soc2018IndexValue[]>`
    WITH src AS (
      SELECT code_system, code, year, value FROM exposure_index WHERE index_name = ${indexName}
    ), mapped AS (
      SELECT code_system, code, year, value, code AS soc FROM src WHERE code_system = 'soc2018'
      UNION
      SELECT code_system, code, year, value, left(code, 7) FROM src WHERE code_system = 'onetsoc2019'
      UNION
      SELECT s.code_system, s.code, s.year, s.value, c.to_code FROM src s
        JOIN crosswalk c ON c.kind = 'soc2010_soc2018' AND c.from_code = s.code
        WHERE s.code_system = 'soc2010'
      UNION
      SELECT s.code_system, s.code, s.year, s.value, left(c.to_code, 7) FROM src s
        JOIN crosswalk c ON c.kind = 'onetsoc2010_onetsoc2019' AND c.from_code = s.code
        WHERE s.code_system = 'onetsoc2010'
      UNION
      SELECT s.code_system, s.code, s.year, s.value, c2.to_code FROM src s
        JOIN crosswalk c1 ON c1.kind = 'isco08_soc2010' AND c1.from_code = s.code
        JOIN crosswalk c2 ON c2.kind = 'soc2010_soc2018' AND c2.from_code = c1.to_code
        WHERE s.code_system = 'isco08'
    )
    SELECT soc AS "socCode", year, avg(value)::float8 AS value, count(*)::int AS sources
    FROM mapped GROUP BY soc, year ORDER BY soc, year NULLS FIRST`;
}
