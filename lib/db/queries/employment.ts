import { exposureQuintiles, groupSeries, groupShare, type GroupSeries, socExposure } from '../../analytics/employment';
import { dissimilaritySeries, type YearValue } from '../../analytics/series';
import { majorGroupTitle } from '../../analytics/soc';
import { type Db, getDb } from '../client';
import { cached } from './cache';
import { fetchCatalogue } from './catalogue';

/** What /employment and GET /api/employment show. */
export interface EmploymentView extends GroupSeries {
  groupBy: 'quintile' | 'majorGroup';
  labels: Record<string, string>;
  topShare: { year: number; share: number | null }[];
  dissimilarity: { year: number; index: number | null }[];
  socCodes: number;
  modelVersion: string | null;
}

/** Employment per SOC 2018 code (or OEWS aggregate) and year (cached until the data changes). */
export function fetchSeries(db: Db): Promise<YearValue[]> {
  return cached('employment-series', db, async () => {
    const rows = await db.prisma.$queryRaw<{ year: number; soc_code: string; employment: number }[]>`
      SELECT year, soc_code, employment FROM employment_series ORDER BY year, soc_code`;
    return rows.map((r) => ({ year: r.year, code: r.soc_code, value: r.employment }));
  });
}

/** Employment 2012–2024 grouped by exposure quintile (needs scores) or by SOC major group. */
export async function fetchEmployment(groupBy: 'quintile' | 'majorGroup', db: Db = getDb()): Promise<EmploymentView> {
  const [rows, catalogue] = await Promise.all([fetchSeries(db), fetchCatalogue(db)]);
  const dissimilarity = dissimilaritySeries(rows);
  const socCodes = new Set(rows.map((r) => r.code)).size;
  if (groupBy === 'majorGroup') {
    const groups = [...new Set(rows.map((r) => r.code.slice(0, 2)))].sort();
    const series = groupSeries(rows, (c) => c.slice(0, 2), groups);
    const labels = Object.fromEntries(groups.map((g) => [g, majorGroupTitle(g)]));
    return { ...series, groupBy, labels, topShare: [], dissimilarity, socCodes, modelVersion: catalogue.modelVersion };
  }
  const baseYear = rows[0]?.year ?? 0;
  const quintiles = exposureQuintiles(rows, socExposure(catalogue.occupations), baseYear);
  const groups = quintiles.size > 0 ? ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'] : [];
  const series = groupSeries(rows, (c) => quintiles.get(c), groups);
  const labels: Record<string, string> = {
    Q1: 'Q1 (least exposed)',
    Q2: 'Q2',
    Q3: 'Q3',
    Q4: 'Q4',
    Q5: 'Q5 (most exposed)',
  };
  return {
    ...series,
    groupBy,
    labels,
    topShare: groups.length ? groupShare(series.absolute, 'Q5', groups) : [],
    dissimilarity,
    socCodes,
    modelVersion: catalogue.modelVersion,
  };
}
