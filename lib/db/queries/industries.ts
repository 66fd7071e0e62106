import {
  type IndustryExposure,
  type IndustryOccupation,
  industryExposure,
  type SectorSummary,
} from '../../analytics/industry';
import { exposureByPublishedCode } from '../../analytics/industry-codes';
import { sortOccupations, sortSectors } from '../../analytics/industry-sort';
import type { IndustriesQuery, IndustryQuery } from '../../views/industry-filters';
import { type Db, getDb } from '../client';
import { readIndustryRows, readScoredOccupations } from './industry-rows';
import { CURRENT_ONET, cached } from './cache';
import { fetchCurrentModel } from './model';

/** The industry figures of the latest OEWS industry year under the current model. */
interface IndustryData extends IndustryExposure {
  year: number | null;
  modelVersion: string | null;
}

/** Computes exposure by sector once per data stamp (imports and scoring runs move it). */
function fetchIndustryData(db: Db): Promise<IndustryData> {
  return cached('industries', db, async () => {
    const [rows, model] = await Promise.all([readIndustryRows(db), fetchCurrentModel(db)]);
    const version = model?.version ?? null;
    const occupations = version ? await readScoredOccupations(db, version, CURRENT_ONET) : [];
    const exposure = exposureByPublishedCode(occupations, new Set(rows.cells.map((c) => c.occCode)));
    return { ...industryExposure(rows.totals, rows.cells, exposure), year: rows.year, modelVersion: version };
  });
}

// Worker figures are whole numbers on the page, in the API and in the CSV alike.
const whole = (n: number | null) => (n === null ? null : Math.round(n));
const roundSector = (s: SectorSummary): SectorSummary => ({
  ...s,
  exposedWorkers: whole(s.exposedWorkers),
  exposedWorkersLow: whole(s.exposedWorkersLow),
  exposedWorkersHigh: whole(s.exposedWorkersHigh),
});
const roundOccupation = (o: IndustryOccupation): IndustryOccupation => ({
  ...o,
  exposedWorkers: whole(o.exposedWorkers),
});

/** What /industries, GET /api/industries and the industries CSV show. */
export interface IndustriesView {
  year: number | null;
  modelVersion: string | null;
  /** Sum of the sector totals (the OEWS national total, within rounding). */
  workers: number;
  sort: IndustriesQuery['sort'];
  sectors: SectorSummary[];
}

/** Every NAICS sector with its exposure figures, ranked by `sort`. */
export async function fetchIndustries(query: IndustriesQuery, db: Db = getDb()): Promise<IndustriesView> {
  const d = await fetchIndustryData(db);
  return {
    year: d.year,
    modelVersion: d.modelVersion,
    workers: d.workers,
    sort: query.sort,
    sectors: sortSectors(d.sectors, query.sort).map(roundSector),
  };
}

/** What /industries/{sector}, its API and its CSV show: the sector and one page of its occupations. */
export interface IndustryView {
  year: number | null;
  modelVersion: string | null;
  sector: SectorSummary;
  /** Detailed occupations OEWS publishes for the sector (all pages). */
  total: number;
  page: number;
  pageSize: number;
  sort: IndustryQuery['sort'];
  occupations: IndustryOccupation[];
}

/** One sector's occupations ranked by `sort` (all of them, or one page), or null for an unknown sector. */
export async function fetchIndustry(
  naics: string,
  query: IndustryQuery & { paged?: boolean },
  db: Db = getDb(),
): Promise<IndustryView | null> {
  const d = await fetchIndustryData(db);
  const sector = d.sectors.find((s) => s.naics === naics);
  if (!sector) return null;
  const all = sortOccupations(d.occupations.get(naics) ?? [], query.sort);
  const rows = query.paged === false ? all : all.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  return {
    year: d.year,
    modelVersion: d.modelVersion,
    sector: roundSector(sector),
    total: all.length,
    page: query.page,
    pageSize: query.pageSize,
    sort: query.sort,
    occupations: rows.map(roundOccupation),
  };
}
