import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { matchWorkspace } from './match-workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const workspace = matchWorkspace('taskshift-match-shard-');
const { work } = workspace;
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

/** `npm run match` on the workspace's hand-written jobs file. */
const matchCli = (...args: string[]) => workspace.matchCli('--in', input, ...args);

describe('npm run match --shard i/n', () => {
  beforeAll(async () => {
    await workspace.prepare();
    const rows = TITLES.map((t, i) => `${100 + i},${t},${DESCRIPTIONS[i % DESCRIPTIONS.length]}`);
    writeFileSync(input, `employee_id,title,description\n${rows.join('\n')}\n`);
  }, 120_000);
  afterAll(workspace.remove);

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
