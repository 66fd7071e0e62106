import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { loadFile } from '../../lib/ingest/load';
import { runIngest } from '../../lib/ingest/run';
import { dbKinds, freshDb } from '../helpers/db';
import { FINGERPRINT_SQL, MINI_DATA, specOf } from './helpers';

/** Tables the O*NET and Eloundou readers fill, with their key order. */
const TABLES: [string, string][] = [
  ['onet_occupation', 'onet_version, code'],
  ['onet_element', 'onet_version, element_id'],
  ['onet_task', 'onet_version, task_id'],
  ['onet_rating', 'onet_version, domain, code, element_id, scale_id'],
  ['onet_job_zone', 'onet_version, code'],
  ['onet_task_dwa', 'onet_version, code, task_id, dwa_id'],
  ['task_label', 'code, task_id'],
  ['occupation_label', 'code'],
];

describe.each(dbKinds)('runIngest on %s with the fixture data directory', (kind) => {
  let db: Db;
  const query = <T>(sql: string) => db.prisma.$queryRawUnsafe<T[]>(sql);
  const fingerprints = async () =>
    Promise.all(
      TABLES.map(async ([t, order]) => [t, (await query<{ n: number; md5: string }>(FINGERPRINT_SQL(t, order)))[0]]),
    );

  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('loads every O*NET and Eloundou file found, skipping absent optional files and absent sources', async () => {
    const report = await runIngest(db, { dir: MINI_DATA });
    expect(report.failed).toBe(0);
    expect(new Set(report.files.map((f) => f.source))).toEqual(new Set(['onet-30.1', 'onet-23.x', 'eloundou']));
    expect(report.files.filter((f) => f.status === 'missing').map((f) => f.file)).toEqual([
      'onet/v23_x/Knowledge.txt',
      'onet/v23_x/Job Zones.txt',
      'onet/v23_x/Tasks to DWAs.txt',
    ]);
    const counts = Object.fromEntries((await fingerprints()).map(([t, f]) => [t, (f as { n: number }).n]));
    expect(counts).toEqual({
      onet_occupation: 5,
      onet_element: 5,
      onet_task: 7,
      onet_rating: 14,
      onet_job_zone: 3,
      onet_task_dwa: 3,
      task_label: 4,
      occupation_label: 2,
    });
  });

  it('stores derived and typed values', async () => {
    expect(
      await query(
        `SELECT code, soc_code, major_group FROM onet_occupation WHERE onet_version = '30.1' ORDER BY code LIMIT 1`,
      ),
    ).toEqual([{ code: '11-1011.00', soc_code: '11-1011', major_group: '11' }]);
    expect(
      await query(
        `SELECT n, standard_error, recommend_suppress, not_relevant FROM onet_rating WHERE domain = 'knowledge' AND scale_id = 'LV'`,
      ),
    ).toEqual([{ n: null, standard_error: null, recommend_suppress: true, not_relevant: true }]);
    expect(
      await query(
        `SELECT task_id, task_type, human_exposure, gpt4_exposure_alt, gpt4_automation, human_automation, beta FROM task_label ORDER BY task_id`,
      ),
    ).toEqual([
      {
        task_id: 8823,
        task_type: 'Core',
        human_exposure: 'E0',
        gpt4_exposure_alt: 'E2',
        gpt4_automation: 'T2',
        human_automation: 'T1',
        beta: 0.5,
      },
      {
        task_id: 15287,
        task_type: null,
        human_exposure: 'E2',
        gpt4_exposure_alt: 'E2',
        gpt4_automation: 'T3',
        human_automation: null,
        beta: 0.5,
      },
      {
        task_id: 16363,
        task_type: 'Core',
        human_exposure: 'E1',
        gpt4_exposure_alt: 'E1',
        gpt4_automation: 'T3',
        human_automation: 'T3',
        beta: 1,
      },
      {
        task_id: 16987,
        task_type: 'Supplemental',
        human_exposure: 'E1',
        gpt4_exposure_alt: null,
        gpt4_automation: null,
        human_automation: null,
        beta: 0.5,
      },
    ]);
    expect(await query(`SELECT title, dv_gamma FROM occupation_label ORDER BY code`)).toEqual([
      { title: 'Chief Executives', dv_gamma: 0.8200000000000001 },
      { title: 'Software Developers, Quality Assurance Analysts, and Testers', dv_gamma: 1 },
    ]);
  });

  it('is idempotent: a forced re-ingest gives identical table checksums, a plain one changes nothing', async () => {
    const before = await fingerprints();
    const forced = await runIngest(db, { dir: MINI_DATA, force: true });
    expect(forced.files.filter((f) => f.status === 'succeeded')).toHaveLength(14);
    expect(await fingerprints()).toEqual(before);
    const plain = await runIngest(db, { dir: MINI_DATA });
    expect(plain.files.filter((f) => f.status !== 'missing').every((f) => f.status === 'unchanged')).toBe(true);
    expect(await fingerprints()).toEqual(before);
  });

  it('reloads the later files of a source when an earlier one changed (labels then human automation)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-run-'));
    try {
      cpSync(MINI_DATA, dir, { recursive: true });
      const labels = path.join(dir, specOf('full_labelset.tsv').file);
      appendFileSync(
        labels,
        '9999\t29-1141.00\t5023.0\tMonitor patients.\tCore\tRegistered Nurses\tE0\tE0\tE0\tFalse\tT0\t0.0\t0.0\t0.0\t0.0\tE0\n',
      );
      const report = await runIngest(db, { dir, sources: ['eloundou'] });
      expect(report.files.map((f) => f.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
      expect(await query(`SELECT count(*)::int AS n, count(human_automation)::int AS h FROM task_label`)).toEqual([
        { n: 5, h: 2 },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects unknown source names and fails a requested source whose files are absent', async () => {
    await expect(runIngest(db, { dir: MINI_DATA, sources: ['nope'] })).rejects.toThrow(
      /Unknown source\(s\): nope\. Known: onet-30\.1, onet-23\.x, eloundou/,
    );
    const report = await runIngest(db, { dir: MINI_DATA, sources: ['bls-oews'] });
    expect(report.failed).toBeGreaterThan(0);
    expect(report.files[0]?.errors[0]?.reason).toMatch(/^file not found/);
  });

  it.skipIf(kind !== 'postgres')('serialises two concurrent imports of one source with the advisory lock', async () => {
    const spec = specOf('v30_1/Task Statements.txt');
    const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-lock-'));
    try {
      mkdirSync(path.dirname(path.join(dir, spec.file)), { recursive: true });
      const lines = ['O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source'];
      for (let i = 0; i < 20_000; i++)
        lines.push(`15-1252.00\tSoftware Developers\t${i + 1}\tTask ${i}\tCore\t\t08/2024\tAnalyst`);
      writeFileSync(path.join(dir, spec.file), `${lines.join('\n')}\n`);
      // Without the lock the second transaction's inserts collide with the first's (or duplicate them).
      const results = await Promise.all([
        loadFile(db, dir, spec, { force: true, batchRows: 1000 }),
        loadFile(db, dir, spec, { force: true, batchRows: 1000 }),
      ]);
      expect(results.map((r) => [r.status, r.message])).toEqual([
        ['succeeded', undefined],
        ['succeeded', undefined],
      ]);
      expect(
        await query(
          `SELECT count(*)::int AS n, count(DISTINCT task_id)::int AS d FROM onet_task WHERE onet_version = '30.1'`,
        ),
      ).toEqual([{ n: 20_000, d: 20_000 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
