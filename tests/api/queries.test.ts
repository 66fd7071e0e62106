import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { clearDashboardCache } from '@/lib/db/queries/cache';
import { fetchImportRuns, fetchTableCounts } from '@/lib/db/queries/imports';
import { fetchCurrentModel } from '@/lib/db/queries/model';
import { fetchOccupations } from '@/lib/db/queries/occupations';
import { fetchOverview } from '@/lib/db/queries/overview';
import { dbKinds, freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

const base = { q: '', sort: '-employment' as const, page: 1, pageSize: 25 };

describe.each(dbKinds)('dashboard queries on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => db?.close());

  it('shows empty states on an empty database, never numbers', async () => {
    const o = await fetchOverview(db);
    expect(o.model).toBeNull();
    expect(o.summary.occupations).toBe(0);
    expect(o.summary.meanExposure).toBeNull();
    expect(o.summary.model.atLeast10).toBeNull();
  });

  it("uses the most recent ready model and counts a shared SOC code's workers once", async () => {
    await seedFixture(db);
    clearDashboardCache(); // data written in-process: do not wait for the stamp's TTL
    expect((await fetchCurrentModel(db))?.version).toBe('m1');
    const o = await fetchOverview(db);
    expect(o.employmentYear).toBe(2024);
    // 2024 employment: 400 (SOC 11-1011, shared by two O*NET occupations, counted once) + 1400 + 1600 + 1000 = 4400 workers
    expect(o.summary.workersCovered).toBe(4400);
    expect(o.summary.socCodes).toBe(4);
    // SOC-first: 11-1011 scores (0.4 + 0.2)/2 = 0.3; (0.3·400 + 0.8·1400 + 0.6·1600 + 0.05·1000) / 4400 = 2250 / 4400
    expect(o.summary.meanExposure).toBeCloseTo(2250 / 4400, 12);
    // model β: mean task exposure where tasks are scored (accountants (0.75+0.65+0.25)/3 = 0.55), else the
    // occupation score: ≥ 0.5 holds for 13-2011 (1400) and 15-1252 (1600) → 3000/4400
    expect(o.summary.model.atLeast50).toBeCloseTo(3000 / 4400, 12);
    // human β: accountants (1 + 0.5 + 0)/3 = 0.5 (1400 workers), carpenters 0 (1000)
    expect(o.summary.human.workers).toBe(2400);
    expect(o.summary.human.atLeast50).toBeCloseTo(1400 / 2400, 12);
    expect(o.summary.mostExposed[0]?.title).toBe('Accountants and Auditors');
    // Both CEOs rows carry SOC 11-1011's whole 400 workers, marked as shared, never 200 each.
    const ceos = o.summary.mostExposed.filter((r) => r.employmentCode === '11-1011');
    expect(ceos.map((r) => [r.code, r.socEmployment, r.sharedWith])).toEqual([
      ['11-1011.00', 400, 1],
      ['11-1011.03', 400, 1],
    ]);
  });

  it('searches titles and task text tolerating case and plurals, and filters', async () => {
    const r = await fetchOccupations({ ...base, q: 'ACCOUNTANT' }, db);
    expect(r.items.map((i) => i.code)).toEqual(['13-2011.00', '15-1252.00']); // title match first, then task text
    expect(r.total).toBe(2);
    expect(r.workers).toBe(3000);
    const plural = await fetchOccupations({ ...base, q: 'audits' }, db);
    expect(plural.items.map((i) => i.code)).toEqual(['13-2011.00']);
    const f = await fetchOccupations({ ...base, group: '11', minExposure: 0.3, sort: 'title' }, db);
    expect(f.items.map((i) => i.code)).toEqual(['11-1011.00']);
    const paged = await fetchOccupations({ ...base, sort: '-exposure', page: 2, pageSize: 2 }, db);
    expect(paged.items.map((i) => i.code)).toEqual(['11-1011.00', '11-1011.03']);
    expect(paged.total).toBe(5);
    const wage = await fetchOccupations({ ...base, minWage: 100000, maxEmployment: 1000 }, db);
    expect(wage.items.map((i) => i.code)).toEqual(['11-1011.00', '11-1011.03']);
    expect(wage.workers).toBe(400); // two occupations matched, one SOC code: its workers once
    const big = await fetchOccupations({ ...base, minEmployment: 300, maxEmployment: 500 }, db);
    expect(big.items.map((i) => i.code)).toEqual(['11-1011.00', '11-1011.03']); // filtered on the SOC code's 400, not a 200 split
  });

  it('lists import runs with their errors and counts rows per table', async () => {
    const runs = await fetchImportRuns(10, db);
    expect(runs).toHaveLength(2);
    expect(runs.find((r) => r.status === 'failed')?.errors[0]?.column).toBe('TOT_EMP');
    const counts = await fetchTableCounts(db);
    expect(counts.find((c) => c.table === 'onet_task')?.rows).toBe(6);
  });
});
