import type { SectorCell, SectorTotal } from '../industry';
import { exposureByPublishedCode, type ScoredOccupation } from '../industry-codes';
import type { ExposedTime, ProjectionRow } from '../../db/scenario';
import type { ScenarioOccupation } from './model';
import type { SectorWeights } from './simulate';

/** The scenario's occupations and what was left out of them. */
export interface PreparedOccupations {
  occupations: ScenarioOccupation[];
  /** Projected occupations with no scored O*NET occupation: counted in no figure. */
  unscored: { code: string; title: string; base: number }[];
}

/**
 * Joins BLS projection line items to the model's exposure at the code BLS projects (a SOC code, or
 * the aggregate it publishes, via exposureByPublishedCode): E is the code's score and interval;
 * α is the automation-mode part of its O*NET occupations' exposed task time over all of it, each
 * occupation counting equally as in aggregateToSoc (0 when there is no exposed time).
 */
export function prepareOccupations(
  projection: readonly ProjectionRow[],
  scored: readonly ScoredOccupation[],
  time: ReadonlyMap<string, ExposedTime>,
): PreparedOccupations {
  const usable = projection.filter((p) => p.empBase !== null && p.empProjected !== null);
  const exposure = exposureByPublishedCode(
    scored,
    usable.map((p) => p.code),
  );
  const occupations: ScenarioOccupation[] = [];
  const unscored: PreparedOccupations['unscored'] = [];
  for (const p of usable) {
    const e = exposure.get(p.code);
    const base = p.empBase! * 1000;
    if (!e) {
      unscored.push({ code: p.code, title: p.title, base });
      continue;
    }
    const exposed = e.occupations.reduce((sum, c) => sum + (time.get(c)?.exposed ?? 0), 0);
    const automated = e.occupations.reduce((sum, c) => sum + (time.get(c)?.automated ?? 0), 0);
    occupations.push({
      code: p.code,
      title: p.title,
      majorGroup: p.code.slice(0, 2),
      base,
      projected: p.empProjected! * 1000,
      exposure: e.score,
      exposureLow: e.low,
      exposureHigh: e.high,
      automationShare: exposed > 0 ? automated / exposed : 0,
      onetCodes: e.occupations,
    });
  }
  return { occupations, unscored };
}

/**
 * Each sector's OEWS detailed cells matched to a projected occupation: the same code, else the
 * projection's aggregate in the same broad group (e.g. OEWS 13-1023 under projected 13-1020).
 */
export function sectorWeights(
  totals: readonly SectorTotal[],
  cells: readonly SectorCell[],
  occupations: readonly ScenarioOccupation[],
): SectorWeights[] {
  const index = new Map(occupations.map((o, i) => [o.code, i]));
  const byBroad = new Map<string, number>();
  for (const [code, i] of index)
    if (code.endsWith('0') && !byBroad.has(code.slice(0, 6))) byBroad.set(code.slice(0, 6), i);
  return totals.map((t) => {
    const mine = cells.filter((c) => c.naics === t.naics);
    const out: SectorWeights = { naics: t.naics, title: t.title, cells: [], unmatchedWorkers: 0 };
    for (const c of mine) {
      if (c.workers === null) continue;
      const i = index.get(c.occCode) ?? byBroad.get(c.occCode.slice(0, 6));
      if (i === undefined) out.unmatchedWorkers += c.workers;
      else out.cells.push([i, c.workers]);
    }
    return out;
  });
}
