import type { CodeExposure } from './industry-codes';
import { weightedQuantileGroups } from './quintiles';

/** One detailed OEWS occupation row of one NAICS sector. */
export interface SectorCell {
  naics: string;
  occCode: string;
  title: string;
  /** Workers as BLS publishes them for this sector and code; null where suppressed ("**"). */
  workers: number | null;
}

/** A sector's all-occupations row (00-0000): its BLS employment total. */
export interface SectorTotal {
  naics: string;
  title: string;
  workers: number | null;
}

/** One occupation (OEWS code) within a sector, as the drill-down lists it. */
export interface IndustryOccupation {
  naics: string;
  occCode: string;
  title: string;
  workers: number | null;
  exposure: number | null;
  exposureLow: number | null;
  exposureHigh: number | null;
  /** 1 (least exposed fifth of U.S. workers) … 5 (most exposed), from national employment. */
  quintile: number | null;
  /** Share of the code's exposed tasks that lean to automation (the rest: augmentation). */
  automationShare: number | null;
  /** workers × exposure: worker-equivalents of exposed work (see README), not a head count. */
  exposedWorkers: number | null;
  /** The O*NET-SOC occupations scored for this code. */
  onetCodes: string[];
}

/** One sector's row on /industries. */
export interface SectorSummary {
  naics: string;
  title: string;
  /** The sector's BLS total (00-0000), every worker counted once. */
  workers: number | null;
  /** Workers in detailed codes that have a score: the base of every weighted figure below. */
  workersScored: number;
  exposure: number | null;
  exposureLow: number | null;
  exposureHigh: number | null;
  topQuintileShare: number | null;
  automationShare: number | null;
  augmentationShare: number | null;
  exposedWorkers: number | null;
  exposedWorkersLow: number | null;
  exposedWorkersHigh: number | null;
  occupations: number;
}

/** Everything /industries shows: sector rows, each sector's occupations and the national figures they rest on. */
export interface IndustryExposure {
  sectors: SectorSummary[];
  occupations: Map<string, IndustryOccupation[]>;
  /** Sum of the sector totals. */
  workers: number;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/**
 * Quintile of each code by exposure, weighted by its national workers (the sum of its sector
 * cells), so each quintile holds about a fifth of U.S. workers with a scored occupation.
 */
export function nationalQuintiles(
  cells: readonly SectorCell[],
  exposure: ReadonlyMap<string, CodeExposure>,
): Map<string, number> {
  const national = new Map<string, number>();
  for (const c of cells)
    if (c.workers !== null && exposure.has(c.occCode))
      national.set(c.occCode, (national.get(c.occCode) ?? 0) + c.workers);
  return weightedQuantileGroups(
    [...national].map(([key, weight]) => ({ key, weight, value: exposure.get(key)!.score })),
    5,
  );
}

/** A sector's occupations with exposure, quintile, AI mode and exposed workers (unsorted). */
function occupationRows(
  cells: readonly SectorCell[],
  exposure: ReadonlyMap<string, CodeExposure>,
  quintiles: ReadonlyMap<string, number>,
): IndustryOccupation[] {
  return cells.map((c) => {
    const e = exposure.get(c.occCode);
    const exposed = e ? e.automationTasks + e.augmentationTasks : 0;
    return {
      naics: c.naics,
      occCode: c.occCode,
      title: c.title,
      workers: c.workers,
      exposure: e?.score ?? null,
      exposureLow: e?.low ?? null,
      exposureHigh: e?.high ?? null,
      quintile: quintiles.get(c.occCode) ?? null,
      automationShare: e && exposed > 0 ? e.automationTasks / exposed : null,
      exposedWorkers: e && c.workers !== null ? c.workers * e.score : null,
      onetCodes: e?.occupations ?? [],
    };
  });
}

/** A sector's employment-weighted figures over its scored occupations. */
function summarise(total: SectorTotal, rows: readonly IndustryOccupation[]): SectorSummary {
  const scored = rows.filter((r) => r.exposure !== null && r.workers !== null && r.workers > 0);
  const w = sum(scored.map((r) => r.workers!));
  const mean = (value: (r: IndustryOccupation) => number) =>
    w > 0 ? sum(scored.map((r) => r.workers! * value(r))) / w : null;
  const moded = scored.filter((r) => r.automationShare !== null);
  const wm = sum(moded.map((r) => r.workers!));
  const automationShare = wm > 0 ? sum(moded.map((r) => r.workers! * r.automationShare!)) / wm : null;
  const exposure = mean((r) => r.exposure!);
  const low = mean((r) => r.exposureLow!);
  const high = mean((r) => r.exposureHigh!);
  return {
    naics: total.naics,
    title: total.title,
    workers: total.workers,
    workersScored: w,
    exposure,
    exposureLow: low,
    exposureHigh: high,
    topQuintileShare: mean((r) => (r.quintile === 5 ? 1 : 0)),
    automationShare,
    augmentationShare: automationShare === null ? null : 1 - automationShare,
    exposedWorkers: exposure === null ? null : w * exposure,
    exposedWorkersLow: low === null ? null : w * low,
    exposedWorkersHigh: high === null ? null : w * high,
    occupations: rows.length,
  };
}

/**
 * Exposure by NAICS sector: per sector its BLS total, the employment-weighted exposure (interval:
 * weighted means of the codes' bounds), the share of its scored workers in the nationally most
 * exposed quintile, the automation vs augmentation share of exposed tasks and exposed workers.
 */
export function industryExposure(
  totals: readonly SectorTotal[],
  cells: readonly SectorCell[],
  exposure: ReadonlyMap<string, CodeExposure>,
): IndustryExposure {
  const quintiles = nationalQuintiles(cells, exposure);
  const bySector = new Map<string, SectorCell[]>();
  for (const c of cells) {
    const list = bySector.get(c.naics);
    if (list) list.push(c);
    else bySector.set(c.naics, [c]);
  }
  const occupations = new Map<string, IndustryOccupation[]>();
  const sectors = totals.map((t) => {
    const rows = occupationRows(bySector.get(t.naics) ?? [], exposure, quintiles);
    occupations.set(t.naics, rows);
    return summarise(t, rows);
  });
  return { sectors, occupations, workers: sum(totals.map((t) => t.workers ?? 0)) };
}
