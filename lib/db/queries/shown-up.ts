import { exposureByPublishedCode } from '../../analytics/industry-codes';
import { DEFAULT_PERIODS, type MeasureResult, type Periods, type SeriesPoint, shownUp } from '../../analytics/shown-up';
import { type Db, getDb } from '../client';
import { readScoredOccupations } from './industry-rows';
import { CURRENT_ONET, cached } from './cache';
import { fetchCurrentModel } from './model';

/** Bootstrap resamples behind each interval. */
export const SHOWN_UP_REPLICATES = 1000;

/** What the "Has it shown up yet?" section, its API and its CSV show. */
export interface ShownUpView {
  periods: Periods;
  modelVersion: string | null;
  replicates: number;
  measures: MeasureResult[];
  /** Share of each compared year's employment BLS published under SOC 2010 codes and this series mapped or apportioned to SOC 2018. */
  remapped: { year: number; share: number | null }[];
}

/** Computes the comparison once per data stamp (it rests only on imported data and the current scores). */
export function fetchShownUp(db: Db = getDb()): Promise<ShownUpView> {
  return cached('shown-up', db, async () => {
    const model = await fetchCurrentModel(db);
    const version = model?.version ?? null;
    const [rows, scored] = await Promise.all([
      db.prisma.$queryRaw<
        { year: number; code: string; employment: number; median_wage: number | null; method: string }[]
      >`
        SELECT year, soc_code AS code, employment, median_wage, method FROM employment_series ORDER BY year, soc_code`,
      version ? readScoredOccupations(db, version, CURRENT_ONET) : Promise.resolve([]),
    ]);
    const points: SeriesPoint[] = rows.map((r) => ({
      year: r.year,
      code: r.code,
      employment: r.employment,
      medianWage: r.median_wage,
    }));
    const byCode = exposureByPublishedCode(scored, new Set(points.map((p) => p.code)));
    const exposure = new Map([...byCode].map(([code, e]) => [code, e.score]));
    const p = DEFAULT_PERIODS;
    const remapped = [p.pre[0], p.pre[1], p.post[0], p.post[1]].map((year) => {
      const inYear = rows.filter((r) => r.year === year);
      const total = inYear.reduce((s, r) => s + r.employment, 0);
      const moved = inYear
        .filter((r) => r.method === 'mapped' || r.method === 'apportioned')
        .reduce((s, r) => s + r.employment, 0);
      return { year, share: total > 0 ? moved / total : null };
    });
    return {
      periods: p,
      modelVersion: version,
      replicates: SHOWN_UP_REPLICATES,
      measures: version ? shownUp(points, exposure, p, SHOWN_UP_REPLICATES) : [],
      remapped,
    };
  });
}
