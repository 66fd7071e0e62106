import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { selectBackend } from '@/lib/models/backend';
import { saveTitleCoder } from '@/lib/models/titles/artifact';
import { titleConfig } from '@/lib/models/titles/config';
import { trainTitleCoder } from '@/lib/models/titles/pipeline';
import { seedFixture } from '../api/fixture';
import { fixtureCorpus, writeFixtureOnet } from '../models/titles/fixture';

const ROOT = path.join(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'taskshift-match-shard-'));
const modelDir = path.join(work, 'titles-test');
const pgliteDir = path.join(work, 'pglite');
const dataDir = path.join(work, 'data');
const input = path.join(work, 'jobs.csv');

/** Hand-written job titles (some with a description, one quoted with a comma, one formula-like), 23 rows. */
const TITLES = [
  'Sr. Java Developer II',
  '"CDL-A Driver - Dallas, TX"',
  '=Staff Accountant',
  'Charge Nurse (Nights)',
  'Python Developer',
  'Tax Accountant',
  'ICU Nurse',
  'Long Haul Trucker',
  'Software Engineer III',
  'Internal Auditor',
  'Home Health RN',
  'Freight Driver',
  'Web Developer',
  'Audit Manager',
  'Clinical Nurse',
  'Tanker Driver',
  'Application Developer',
  'Cost Accountant',
  'Nurse Manager',
  'Semi Truck Driver',
  'Programmer Analyst',
  'CPA',
  'Emergency Room Nurse',
];
const DESCRIPTIONS = [
  '',
  'Drive tractor-trailer trucks between distribution centers.',
  'Prepare tax returns',
  '',
  'Write and test code',
];

/** Runs `npm run match` as a user would, on a throwaway PGlite (never the configured database). */
function matchCli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir, TF_BACKEND: 'wasm', DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/match.ts', '--model', modelDir, '--in', input, ...args],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
}

describe('npm run match --shard i/n', () => {
  beforeAll(async () => {
    await selectBackend('wasm', true);
    const config = {
      ...titleConfig('tiny'),
      epochs: 30,
      batchSize: 16,
      devShare: 0,
      valShare: 0,
      learningRate: 0.05,
      dropout: 0,
    };
    const trained = await trainTitleCoder(fixtureCorpus(), config, 'titles-test');
    writeFixtureOnet(dataDir);
    await saveTitleCoder(trained.coder, modelDir, {
      retrieverRows: trained.retrieverRows,
      tasks: fixtureCorpus().tasks,
      split: config,
    });
    trained.coder.network.dispose();
    const db = createDb({ pgliteDir });
    await migrate(db);
    await seedFixture(db);
    await db.close();
    const rows = TITLES.map((t, i) => `${100 + i},${t},${DESCRIPTIONS[i % DESCRIPTIONS.length]}`);
    writeFileSync(input, `employee_id,title,description\n${rows.join('\n')}\n`);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("the shards' outputs, concatenated in shard order under one header, equal a single run byte for byte", () => {
    const whole = path.join(work, 'whole.csv');
    const single = matchCli('--out', whole);
    expect(single.status, single.stderr).toBe(0);
    const n = 3;
    const parts = Array.from({ length: n }, (_, i) => {
      const out = path.join(work, `part-${i + 1}.csv`);
      const run = matchCli('--shard', `${i + 1}/${n}`, '--out', out);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(new RegExp(`\\(shard ${i + 1}/${n}\\) → `));
      return readFileSync(out, 'utf8');
    });
    const [header] = parts[0]!.split('\r\n', 1);
    for (const part of parts) expect(part.startsWith(`${header}\r\n`)).toBe(true);
    const bodies = parts.map((p) => p.slice(header!.length + 2));
    expect(bodies.map((b) => b.split('\r\n').filter(Boolean).length)).toEqual([7, 8, 8]);
    expect(`${header}\r\n${bodies.join('')}`).toBe(readFileSync(whole, 'utf8'));
  }, 180_000);

  it('rejects a shard outside 1 ≤ i ≤ n with one line and exit 2', () => {
    for (const bad of ['0/3', '4/3', 'two/3']) {
      const run = matchCli('--shard', bad);
      expect(run.status, bad).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/--shard/);
    }
  }, 60_000);
});
