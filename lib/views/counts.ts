import type { Cell, Column } from './columns';

/**
 * Names (CSV headers and JSON keys) that hold counts of workers. Employment can be apportioned
 * across codes (SOC 2010 years) and summed over groups, so such figures carry fractions; a count of
 * people is published as a whole number.
 */
export const WORKER_COUNT_NAMES: ReadonlySet<string> = new Set([
  'workers',
  'employment',
  'soc_employment',
  'socEmployment',
  'workers_counted',
  'workersCounted',
  'workersCovered',
  'counted',
  'oews_total',
  // Industries: workers in a sector, and estimated exposed workers (workers × exposure) with their interval.
  'workers_scored',
  'workersScored',
  'exposed_workers',
  'exposed_workers_low',
  'exposed_workers_high',
  'exposedWorkers',
  'exposedWorkersLow',
  'exposedWorkersHigh',
]);

/** A count of workers rounded to a whole number; anything else unchanged. */
export function wholeCount<T>(value: T): T {
  return (typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : value) as T;
}

/** The columns with every worker-count column (by header, or as `isCount` tells) written as a whole number. */
export function withWholeCounts<Row>(
  columns: readonly Column<Row>[],
  isCount: (column: Column<Row>) => boolean = (c) => WORKER_COUNT_NAMES.has(c.header),
): Column<Row>[] {
  return columns.map((c) =>
    isCount(c) ? { ...c, unit: 'workers' as const, value: (row: Row): Cell => wholeCount(c.value(row)) } : c,
  );
}

/** JSON.stringify replacer: worker counts (by key) as whole numbers. */
export function wholeCountReplacer(key: string, value: unknown): unknown {
  return WORKER_COUNT_NAMES.has(key) ? wholeCount(value) : value;
}
