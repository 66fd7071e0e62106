import { type Db, getDb } from '../client';
import type { IndexValue } from '../model-data';
import { CURRENT_ONET, cached } from './cache';

/** A published index value carried over to one current O*NET occupation. */
export interface IndexMatch {
  indexName: string;
  code: string;
  value: number;
  /** How many source rows were averaged into this value (several codes can map to one). */
  sources: number;
  year: number | null;
}

/** Per index: its code system, the year used and how many source codes it has. */
export interface IndexInfo {
  indexName: string;
  codeSystem: string;
  year: number | null;
  sourceCodes: number;
}

/**
 * Maps every published index to O*NET 30.1 occupations through the crosswalks:
 * O*NET-SOC 2019 directly; SOC 2018 by the occupation's SOC code; O*NET-SOC 2010 via
 * onetsoc2010_onetsoc2019; SOC 2010 via soc2010_soc2018; ISCO-08 via isco08_soc2010 then
 * soc2010_soc2018. Yearly indices use their latest year; values reaching one occupation
 * through several codes are averaged.
 */
async function load(db: Db): Promise<{ matches: IndexMatch[]; info: IndexInfo[] }> {
  const matches = await db.prisma.$queryRaw<
    { index_name: string; code: string; value: number; sources: number; year: number | null }[]
  >`
    WITH last_year AS (
      SELECT index_name, max(year) AS year FROM exposure_index GROUP BY index_name
    ), latest AS (
      SELECT e.index_name, e.code_system, e.code, e.value, e.year FROM exposure_index e
      JOIN last_year y ON y.index_name = e.index_name
      WHERE e.year IS NULL OR e.year = y.year
    ), occ AS (
      SELECT code, soc_code FROM onet_occupation WHERE onet_version = ${CURRENT_ONET}
    ), mapped AS (
      SELECT l.index_name, o.code, l.value, l.year FROM latest l JOIN occ o ON o.code = l.code
        WHERE l.code_system = 'onetsoc2019'
      UNION ALL
      SELECT l.index_name, o.code, l.value, l.year FROM latest l JOIN occ o ON o.soc_code = l.code
        WHERE l.code_system = 'soc2018'
      UNION ALL
      SELECT l.index_name, o.code, l.value, l.year FROM latest l
        JOIN crosswalk c ON c.kind = 'onetsoc2010_onetsoc2019' AND c.from_code = l.code
        JOIN occ o ON o.code = c.to_code
        WHERE l.code_system = 'onetsoc2010'
      UNION ALL
      SELECT l.index_name, o.code, l.value, l.year FROM latest l
        JOIN crosswalk c ON c.kind = 'soc2010_soc2018' AND c.from_code = l.code
        JOIN occ o ON o.soc_code = c.to_code
        WHERE l.code_system = 'soc2010'
      UNION ALL
      SELECT l.index_name, o.code, l.value, l.year FROM latest l
        JOIN crosswalk i ON i.kind = 'isco08_soc2010' AND i.from_code = l.code
        JOIN crosswalk c ON c.kind = 'soc2010_soc2018' AND c.from_code = i.to_code
        JOIN occ o ON o.soc_code = c.to_code
        WHERE l.code_system = 'isco08'
    )
    SELECT index_name, code, avg(value)::float8 AS value, count(*)::int AS sources, max(year) AS year
    FROM mapped GROUP BY index_name, code ORDER BY index_name, code`;
  const info = await db.prisma.$queryRaw<{ index_name: string; code_system: string; year: number | null; n: number }[]>`
    SELECT index_name, min(code_system) AS code_system, max(year) AS year, count(DISTINCT code)::int AS n
    FROM exposure_index GROUP BY index_name ORDER BY index_name`;
  return {
    matches: matches.map((m) => ({
      indexName: m.index_name,
      code: m.code,
      value: m.value,
      sources: m.sources,
      year: m.year,
    })),
    info: info.map((i) => ({ indexName: i.index_name, codeSystem: i.code_system, year: i.year, sourceCodes: i.n })),
  };
}

/** All published indices mapped to current occupations (cached until the data changes). */
export function fetchIndexMatches(db: Db = getDb()) {
  return cached('index-matches', db, () => load(db));
}

/**
 * Published indices mapped to O*NET 30.1 occupations through the crosswalks, exactly as the
 * dashboard shows them (latest year; ISCO-08 via SOC 2010 → 2018; several sources averaged).
 */
export async function readExposureIndices(db: Db): Promise<IndexValue[]> {
  const { matches } = await fetchIndexMatches(db);
  return matches.map((m) => ({ indexName: m.indexName, code: m.code, value: m.value }));
}
