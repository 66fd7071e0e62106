import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { matchWorkspace } from './match-workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'match');
const workspace = matchWorkspace('taskshift-match-');
const { work, matchCli } = workspace;

describe('npm run match (CLI)', () => {
  beforeAll(() => workspace.prepare(), 120_000);
  afterAll(workspace.remove);

  it('keeps the input columns, adds the coded ones, and ends with a summary line', () => {
    const out = path.join(work, 'report.csv');
    const run = matchCli('--in', path.join(FIXTURES, 'jobs.csv'), '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /coded 4 titles with titles-test in [\d.]+ s \(\d+ titles\/s\) after [\d.]+ s loading: \d+ need review → /,
    );
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), { header: true, skipEmptyLines: true });
    expect(rows.meta.fields).toEqual([
      'employee_id',
      'title',
      'description',
      'code',
      'onet_title',
      'confidence',
      'alternatives',
      'needs_review',
      'exposure',
      'exposure_low',
      'exposure_high',
      'automation',
      'share_exposed',
      'description_exposure',
      'description_exposure_low',
      'description_exposure_high',
    ]);
    expect(rows.data.map((r) => r.code)).toEqual(['15-1252.00', '53-3032.00', '13-2011.00', '29-1141.00']);
    expect(rows.data[0]!.employee_id).toBe('1');
    expect(rows.data[2]!.title).toBe("'=Staff Accountant"); // formula-safe output
    expect(rows.data[0]!.alternatives!.split('|')).toHaveLength(3); // the fixture has four occupations
    expect(Number(rows.data[2]!.confidence)).toBeGreaterThan(0);
    expect(rows.data[2]!.exposure).not.toBe(''); // 13-2011.00 is scored in the fixture database
    // rows with a description are also scored from it by the exposure model; row 1 has none
    expect(Number(rows.data[1]!.description_exposure)).toBeGreaterThanOrEqual(0);
    expect(rows.data[1]!.description_exposure).not.toBe('');
    expect(rows.data[0]!.description_exposure).toBe('');
    expect(['true', 'false']).toContain(rows.data[0]!.needs_review);
  }, 60_000);

  it('refuses an invalid file, naming line, column and reason, and writes nothing', () => {
    const out = path.join(work, 'never.csv');
    const run = matchCli('--in', path.join(FIXTURES, 'bad.csv'), '--out', out, '--no-exposure');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bad.csv line 3, column title: is required');
    expect(run.stderr).toContain('bad.csv line 4, column title: at most 200 characters');
    expect(() => readFileSync(out)).toThrow();
  }, 60_000);

  it('answers --help', () => {
    const run = matchCli('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--in <file>');
  });
});
