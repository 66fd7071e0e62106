import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MALFORMED, MINI_DATA } from './helpers';

const ROOT = path.join(import.meta.dirname, '..', '..');
const pgliteDir = mkdtempSync(path.join(tmpdir(), 'taskshift-cli-'));

/** Runs `npm run ingest` as a user would, on a throwaway PGlite (never the configured database). */
function ingest(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
}

describe('npm run ingest (CLI)', () => {
  afterAll(() => rmSync(pgliteDir, { recursive: true, force: true }));

  it('ingests a source with a progress bar per file, a summary table and a summary line', () => {
    const run = ingest('--dir', MINI_DATA, '--source', 'onet-23.x', '--source', 'eloundou');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/source\s+file\s+status\s+read\s+loaded\s+rejected\s+seconds/);
    expect(run.stdout).toMatch(
      /eloundou\s+ai_exposure\/eloundou_gpts_are_gpts\/full_labelset\.tsv\s+succeeded\s+4\s+4\s+0/,
    );
    expect(run.stdout).toMatch(/Ingest finished: 10 files \(0 unchanged\), 20 rows loaded, 0 rejected, 0 failed/);
    expect(run.stderr).toMatch(/onet\/v23_x\/Skills\.txt.*100% \| 4 rows/);
  });

  it('answers --help with the options and every source name, and exits 2 on an unknown option', () => {
    const help = ingest('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run ingest -- \[options\]/);
    expect(help.stdout).toMatch(/bls-oews, bls-oews-industry, bls-ep/);
    const bad = ingest('--bogus');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("error: unknown option '--bogus'\n"); // one line, no usage dump (cli/command.ts)
  });

  it('exits 1 and names file, line, column and reason when a file is invalid', () => {
    const run = ingest('--dir', path.join(MALFORMED, '..'), '--source', 'onet-30.1');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/file not found/);
    expect(run.stdout).toMatch(/Ingest FAILED/);
  });

  it('exits 1 naming the line of an unclosed quote instead of loading one row that swallowed the file', () => {
    const data = mkdtempSync(path.join(tmpdir(), 'taskshift-cli-quote-'));
    mkdirSync(path.join(data, 'indices'));
    const rows = Array.from({ length: 1000 }, (_, i) => `acme,isco08,${1000 + i},0.5,2024,Row ${i}`).join('\n');
    writeFileSync(
      path.join(data, 'indices', 'acme.csv'),
      `index_name,code_system,code,value,year,label\nacme,isco08,2512,0.5,2024,"never closed\n${rows}\n`,
    );
    const run = ingest('--dir', data, '--source', 'custom-index');
    rmSync(data, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /indices\/acme\.csv:2 \[label\] field longer than 10,000 characters \(a quoted field opened on line 2/,
    );
    expect(run.stdout).toMatch(/Ingest FAILED: 1 files \(0 unchanged\), 0 rows loaded/);
  });

  it('validates its arguments before touching the database', () => {
    const badName = ingest('--dir', MINI_DATA, '--source', 'DROP TABLE');
    expect(badName.status).toBe(2);
    expect(badName.stderr).toMatch(/source names are lower-case/);
  });
});
