import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileRows } from '../../lib/ingest/read-file';
import { MALFORMED, MINI_DATA, specOf } from './helpers';

const TASKS = specOf('v30_1/Task Statements.txt');
const OCCUPATIONS = specOf('v30_1/Occupation Data.txt');
const SKILLS = specOf('v30_1/Skills.txt');
const OCC_LEVEL = specOf('occ_level.csv');
const LABELS = specOf('full_labelset.tsv');

const bad = (name: string) => path.join(MALFORMED, name);

describe('parse + validate (no database)', () => {
  it('reads a UTF-8 BOM + CRLF file: BOM stripped from the first header, no \\r in values', async () => {
    const { rows, errors } = await readFileRows<Record<string, string>>(OCCUPATIONS, bad('occupation_bom_crlf.txt'));
    expect(errors).toEqual([]);
    expect(rows.map((r) => r['O*NET-SOC Code'])).toEqual(['11-1011.00', '15-1252.00']);
    expect(rows[1]?.Description).toBe('Develop software.');
  });

  it('keeps quotes literally in unquoted O*NET text files', async () => {
    const { rows, errors } = await readFileRows<Record<string, string>>(TASKS, path.join(MINI_DATA, TASKS.file));
    expect(errors).toEqual([]);
    expect(rows.find((r) => r['Task ID'] === (15287 as unknown as string))?.Task).toBe(
      'Conduct "head counts" to help predict the outcome of upcoming votes.',
    );
  });

  it('unquotes pandas-written TSV and turns "8823.0" task ids into integers', async () => {
    const { rows, errors } = await readFileRows<Record<string, unknown>>(LABELS, path.join(MINI_DATA, LABELS.file));
    expect(errors).toEqual([]);
    expect(rows.map((r) => r['Task ID'])).toEqual([8823, 15287, 16363, 16987]);
    expect(rows[1]?.Task).toBe('Conduct "head counts" to help predict the outcome of upcoming votes.');
    expect(rows[3]?.gpt4_exposure_alt_rubric).toBeNull();
  });

  it('handles quoted newlines in a CSV and keeps physical line numbers for later rows', async () => {
    const { rows, errors } = await readFileRows<Record<string, string>>(OCC_LEVEL, bad('occ_level_quoted_newline.csv'));
    expect(rows[0]?.Title).toBe('Chief\r\nExecutives, "Top"');
    // the second record starts on physical line 4 because the first spans lines 2–3
    expect(errors).toEqual([
      {
        file: OCC_LEVEL.file,
        line: 4,
        column: 'human_rating_gamma',
        reason: 'expected a share between 0 and 1 (value "1.5")',
      },
    ]);
  });

  it('reports a wrong header as missing required columns on line 1', async () => {
    const { rows, errors } = await readFileRows(TASKS, bad('tasks_wrong_header.txt'));
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.column])).toEqual(TASKS.requiredColumns.map((c) => [1, c]));
    expect(errors[0]?.reason).toBe('missing required column "O*NET-SOC Code"');
  });

  it('names a single missing column', async () => {
    const { errors } = await readFileRows(TASKS, bad('tasks_missing_column.txt'));
    expect(errors).toEqual([
      { file: TASKS.file, line: 1, column: 'Task ID', reason: 'missing required column "Task ID"' },
    ]);
  });

  it('reports non-numeric values, bad enums and bad dates with line, column and value', async () => {
    const { rows, errors } = await readFileRows(TASKS, bad('tasks_bad_values.txt'));
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([
      { file: TASKS.file, line: 3, column: 'Task ID', reason: 'expected a whole number (value "eighty")' },
      {
        file: TASKS.file,
        line: 4,
        column: 'Task Type',
        reason: 'expected one of Core, Supplemental (value "Optional")',
      },
      { file: TASKS.file, line: 4, column: 'Date', reason: 'expected a date like 08/2023 (value "13/2023")' },
    ]);
  });

  it('rejects non-numeric ratings, unknown scales and bad Y/N flags', async () => {
    const { rows, errors } = await readFileRows(SKILLS, bad('skills_non_numeric.txt'));
    expect(rows).toHaveLength(1);
    expect(errors.map((e) => `${e.line}:${e.column}:${e.reason}`)).toEqual([
      '3:Data Value:expected a number (value "four")',
      '4:Scale ID:expected one of IM, LV (value "XX")',
      '4:Recommend Suppress:expected Y, N or empty (value "Maybe")',
    ]);
  });

  it('rejects a bad O*NET-SOC code format', async () => {
    const { rows, errors } = await readFileRows(OCCUPATIONS, bad('occupation_bad_code.txt'));
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([
      {
        file: OCCUPATIONS.file,
        line: 3,
        column: 'O*NET-SOC Code',
        reason: 'expected an O*NET-SOC code like 15-1252.00 (value "15-125.00")',
      },
    ]);
  });

  it('rejects a duplicate key, naming the line it was first seen on', async () => {
    const { rows, errors } = await readFileRows(TASKS, bad('tasks_duplicate_key.txt'));
    expect(rows).toHaveLength(2);
    expect(errors).toEqual([{ file: TASKS.file, line: 4, reason: 'duplicate key 8823 (first seen on line 2)' }]);
  });

  it('rejects a record with the wrong number of fields', async () => {
    const { errors } = await readFileRows(TASKS, bad('tasks_field_count.txt'));
    expect(errors).toEqual([{ file: TASKS.file, line: 3, reason: 'expected 8 fields, found 9' }]);
  });

  it('reports an empty file', async () => {
    const { rows, errors } = await readFileRows(OCCUPATIONS, bad('empty.txt'));
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ file: OCCUPATIONS.file, line: 1, reason: 'empty file: no header row' }]);
  });

  it('validates Eloundou label enums and whole-number task ids', async () => {
    const { errors } = await readFileRows(LABELS, bad('labels_bad.tsv'));
    expect(errors.map((e) => `${e.line}:${e.column}`)).toEqual([
      '2:Task ID',
      '2:human_exposure_agg',
      '2:gpt4_automation',
    ]);
  });
});
