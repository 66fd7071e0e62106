import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { env, sharedDataDir } from '../../lib/env';
import { runIngest, type IngestReport } from '../../lib/ingest/run';
import { sourceNames } from '../../lib/ingest/sources';
import { dbKinds, freshDb } from '../helpers/db';

const dir = sharedDataDir();
if (!dir && env.CI) throw new Error('CI needs ../shared/data (or DATA_DIR) for the real-data ingest test');

describe.skipIf(!dir).each(dbKinds)('real data: ingest all of ../shared/data into %s', (kind) => {
  let db: Db;
  let report: IngestReport;
  const count = async (sql: string) => (await db.prisma.$queryRawUnsafe<{ n: number }[]>(sql))[0]?.n;

  beforeAll(async () => {
    db = await freshDb(kind);
    report = await runIngest(db, { dir: dir as string });
  }, 300_000);
  afterAll(async () => {
    await db?.close();
  });

  it('loads every registered file without a failure', () => {
    const failures = report.files.filter((f) => f.status === 'failed').map((f) => `${f.file}: ${f.message}`);
    expect(failures).toEqual([]);
    expect(report.derived.filter((d) => d.status === 'failed')).toEqual([]);
    expect(new Set(report.files.map((f) => f.source))).toEqual(new Set(sourceNames()));
  });

  it('has the published O*NET 30.1 counts', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM onet_occupation WHERE onet_version = '30.1'`)).toBe(1016);
    expect(await count(`SELECT count(*)::int AS n FROM onet_task WHERE onet_version = '30.1'`)).toBe(18_796);
    expect(
      await count(`SELECT count(*)::int AS n FROM onet_rating WHERE onet_version = '30.1' AND domain = 'skill'`),
    ).toBe(62_580);
    expect(
      await count(`SELECT count(*)::int AS n FROM onet_rating WHERE onet_version = '30.1' AND domain = 'knowledge'`),
    ).toBe(59_004);
    expect(await count(`SELECT count(*)::int AS n FROM onet_element WHERE onet_version = '30.1'`)).toBe(630);
    expect(await count(`SELECT count(*)::int AS n FROM onet_job_zone WHERE onet_version = '30.1'`)).toBe(923);
    expect(await count(`SELECT count(*)::int AS n FROM onet_task_dwa WHERE onet_version = '30.1'`)).toBe(23_850);
  });

  it('has the O*NET 23.x counts', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM onet_occupation WHERE onet_version = '23.x'`)).toBe(1110);
    expect(await count(`SELECT count(*)::int AS n FROM onet_task WHERE onet_version = '23.x'`)).toBe(19_636);
    expect(await count(`SELECT count(*)::int AS n FROM onet_rating WHERE onet_version = '23.x'`)).toBe(67_690);
  });

  it('has the Eloundou labels (741 occupations, 15,566 tasks, withheld set excluded)', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM task_label`)).toBe(15_566);
    expect(await count(`SELECT count(DISTINCT code)::int AS n FROM task_label`)).toBe(741);
    expect(await count(`SELECT count(*)::int AS n FROM occupation_label`)).toBe(741);
    // every labelled task is an O*NET 30.1 occupation's code
    expect(
      await count(`SELECT count(*)::int AS n FROM task_label l LEFT JOIN onet_occupation o
      ON o.onet_version = '30.1' AND o.code = l.code WHERE o.code IS NULL`),
    ).toBe(0);
    expect(await count(`SELECT count(human_automation)::int AS n FROM task_label`)).toBeGreaterThan(0);
  });

  it('has OEWS rows for every year 2012–2024', async () => {
    const years = await db.prisma.$queryRawUnsafe<{ year: number; n: number }[]>(
      'SELECT year, count(*)::int AS n FROM oews_employment GROUP BY year ORDER BY year',
    );
    expect(years.map((y) => y.year)).toEqual([
      2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(years.every((y) => y.n > 1000)).toBe(true);
  });

  it('has the OEWS industry file of the default ingest: 20 sectors, every row', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM oews_industry_employment WHERE year = 2024`)).toBe(16_434);
    expect(await count(`SELECT count(DISTINCT naics)::int AS n FROM oews_industry_employment`)).toBe(20);
  });

  it('records a succeeded import_run with a checksum for every loaded file', async () => {
    const loaded = report.files.filter((f) => f.status === 'succeeded').length;
    expect(
      await count(`SELECT count(*)::int AS n FROM import_run WHERE status = 'succeeded' AND length(checksum) = 64`),
    ).toBe(loaded);
  });

  it('a second run skips every file as unchanged, each spec with its own run name', async () => {
    const again = await runIngest(db, { dir: dir as string });
    const loaded = report.files.filter((f) => f.status === 'succeeded').map((f) => f.file);
    expect(new Set(loaded).size).toBe(loaded.length);
    expect(again.files.filter((f) => f.status !== 'missing').map((f) => [f.file, f.status])).toEqual(
      loaded.map((f) => [f, 'unchanged']),
    );
  });
});
