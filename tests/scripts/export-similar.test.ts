import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { seedFixture } from '../api/fixture';

const ROOT = path.join(import.meta.dirname, '..', '..');
const pgliteDir = mkdtempSync(path.join(tmpdir(), 'taskshift-export-'));

/** Runs `npm run export` as a user would, on a throwaway PGlite holding the fixture rows (never the configured database). */
function exportCli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
}

describe('npm run export -- similar (CLI)', () => {
  beforeAll(async () => {
    const db = createDb({ pgliteDir });
    await migrate(db);
    await seedFixture(db);
    await db.close();
  });
  afterAll(() => rmSync(pgliteDir, { recursive: true, force: true }));

  it('prints code,rank,similar_code,similarity for every occupation, most similar first', () => {
    const run = exportCli('similar');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('code,rank,similar_code,similarity');
    // five fixture occupations, each with its four others (fewer than 10 exist)
    expect(lines).toHaveLength(1 + 5 * 4);
    // worked out by hand in tests/api/similar.test.ts
    expect(lines.filter((l) => l.startsWith('13-2011.00,'))).toEqual([
      '13-2011.00,1,11-1011.00,0.075',
      '13-2011.00,2,11-1011.03,0.075',
      '13-2011.00,3,15-1252.00,-0.0697',
      '13-2011.00,4,47-2031.00,-0.2439',
    ]);
    // same detailed SOC code and job zone, nothing else to compare: 0.1 + 0.1
    expect(lines).toContain('11-1011.03,1,11-1011.00,0.2');
    expect(run.stderr).toMatch(/exported 20 rows: the 10 most similar occupations of each of 5 occupations/);
  });

  it('takes --top, answers --help and rejects a bad view or --top', () => {
    const top = exportCli('similar', '--top', '2');
    expect(top.status, top.stderr).toBe(0);
    expect(top.stdout.trim().split('\r\n')).toHaveLength(1 + 5 * 2);
    const help = exportCli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/similar \[--top N\].*\n.*code,rank,similar_code,similarity/);
    for (const args of [['bogus'], ['similar', '--top', '0'], ['similar', '--nope']]) {
      const bad = exportCli(...args);
      expect(bad.status, args.join(' ')).toBe(2);
      expect(bad.stderr, args.join(' ')).toMatch(/^error: [^\n]+\n$/); // one line naming the problem (cli/command.ts)
    }
  });
});
