import { socExposure } from '../../analytics/employment';
import { weightedQuantileGroups } from '../../analytics/quintiles';
import { describePeriod, newestDate, type SkillPeriod } from '../../analytics/skill-shift';
import {
  type ElementRating,
  skillConcentration,
  type SkillConcentration,
  skillShift,
  type SkillShift,
} from '../../analytics/skills';
import { socMeanWeights } from '../../analytics/soc-weights';
import { type Db, getDb } from '../client';
import { CURRENT_ONET, PREVIOUS_ONET, cached } from './cache';
import { fetchCatalogue } from './catalogue';

/** What /skills and GET /api/skills/shift show. */
export interface SkillsView {
  shift: SkillShift[];
  concentration: SkillConcentration[];
  matchedOccupations: number;
  beforeYear: number | null;
  afterYear: number | null;
  /** Which O*NET releases and OEWS years are compared, and the sentence that says so. */
  period: SkillPeriod & { statement: string };
  modelVersion: string | null;
}

const BEFORE_YEAR = 2018; // O*NET 23.x carries August 2018 data

async function load(db: Db): Promise<SkillsView> {
  const catalogue = await fetchCatalogue(db);
  // 23.x ratings are on O*NET-SOC 2010 codes: carry them to 2019 codes, averaging codes that merged.
  type Rated = {
    code: string;
    element_id: string;
    name: string;
    value: number;
    se: number | null;
    date: string | null;
  };
  // Merged codes' ratings are averaged; the mean's standard error is √Σse²/n, and a date only when all agree.
  const before = await db.prisma.$queryRaw<Rated[]>`
    SELECT c.to_code AS code, r.element_id, min(coalesce(e.name, r.element_id)) AS name, avg(r.value)::float8 AS value,
           CASE WHEN count(r.standard_error) = count(*) THEN (sqrt(sum(r.standard_error ^ 2)) / count(*))::float8 END AS se,
           CASE WHEN min(r.date) = max(r.date) THEN min(r.date) END AS date
    FROM onet_rating r
    JOIN crosswalk c ON c.kind = 'onetsoc2010_onetsoc2019' AND c.from_code = r.code
    LEFT JOIN onet_element e ON e.onet_version = ${CURRENT_ONET} AND e.element_id = r.element_id
    WHERE r.onet_version = ${PREVIOUS_ONET} AND r.domain = 'skill' AND r.scale_id = 'IM'
    GROUP BY c.to_code, r.element_id`;
  const after = await db.prisma.$queryRaw<Rated[]>`
    SELECT r.code, r.element_id, coalesce(e.name, r.element_id) AS name, r.value, r.standard_error AS se, r.date
    FROM onet_rating r
    LEFT JOIN onet_element e ON e.onet_version = r.onet_version AND e.element_id = r.element_id
    WHERE r.onet_version = ${CURRENT_ONET} AND r.domain = 'skill' AND r.scale_id = 'IM'`;
  const years = await db.prisma.$queryRaw<{ year: number; soc_code: string; employment: number }[]>`
    SELECT year, soc_code, employment FROM employment_series
    WHERE year IN (${BEFORE_YEAR}, ${catalogue.employmentYear ?? -1})`;
  const byCodeIn = (year: number | null) =>
    new Map(years.filter((y) => y.year === year).map((y) => [y.soc_code, y.employment]));
  // Weights for SOC-first means (a code's occupations averaged, then weighted by its workers), over the occupations used.
  const empFor = (year: number | null, codes?: ReadonlySet<string>) =>
    socMeanWeights(
      catalogue.occupations.filter((o) => !codes || codes.has(o.code)),
      byCodeIn(year),
    );
  const toRating = (r: Rated): ElementRating => ({
    code: r.code,
    elementId: r.element_id,
    name: r.name,
    value: r.value,
    standardError: r.se,
    date: r.date,
  });
  const afterCodes = new Set(after.map((r) => r.code));
  const matched = new Set(before.map((r) => r.code).filter((c) => afterCodes.has(c)));
  const beforeW = empFor(BEFORE_YEAR, matched);
  const afterW = empFor(catalogue.employmentYear, matched);
  const shift = skillShift(before.map(toRating), beforeW, after.map(toRating), afterW);
  // Exposed = top employment-weighted exposure quintile of SOC codes, sheltered = bottom; occupations take their code's.
  const latestByCode = byCodeIn(catalogue.employmentYear);
  const quintile = weightedQuantileGroups(
    [...socExposure(catalogue.occupations)].map(([code, value]) => ({
      key: code,
      value,
      weight: latestByCode.get(code) ?? 0,
    })),
  );
  const quintileOf = (c: string) => quintile.get(catalogue.byCode.get(c)?.employmentCode ?? '');
  const latest = empFor(catalogue.employmentYear, afterCodes);
  const concentration = quintile.size
    ? skillConcentration(after.map(toRating), latest, (c) =>
        quintileOf(c) === 5 ? 'exposed' : quintileOf(c) === 1 ? 'sheltered' : undefined,
      )
    : [];
  const period: SkillPeriod = {
    before: {
      onet: PREVIOUS_ONET,
      dataThrough: newestDate(before.map((r) => r.date)),
      employmentYear: beforeW.size ? BEFORE_YEAR : null,
    },
    after: {
      onet: CURRENT_ONET,
      dataThrough: newestDate(after.map((r) => r.date)),
      employmentYear: catalogue.employmentYear,
    },
  };
  return {
    shift,
    concentration,
    matchedOccupations: [...matched].filter((c) => beforeW.has(c) && afterW.has(c)).length,
    beforeYear: beforeW.size ? BEFORE_YEAR : null,
    afterYear: catalogue.employmentYear,
    period: { ...period, statement: describePeriod(period) },
    modelVersion: catalogue.modelVersion,
  };
}

/** The skill shift 23.x → 30.1 and skill concentration in exposed vs sheltered work (cached). */
export function fetchSkills(db: Db = getDb()): Promise<SkillsView> {
  return cached('skills', db, () => load(db));
}
