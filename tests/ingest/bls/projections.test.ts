import { describe, expect, it } from 'vitest';
import {
  EP_VINTAGES,
  projectionSpec,
  projectionSpecs,
  projectionWageSpec,
  type ProjectionRow,
  type WageRow,
} from '../../../lib/ingest/sources/projections';
import { readFixture } from './read';

const [v2019, v2022, v2024] = EP_VINTAGES as [
  (typeof EP_VINTAGES)[0],
  (typeof EP_VINTAGES)[0],
  (typeof EP_VINTAGES)[0],
];

describe('Employment Projections reader', () => {
  it('loads table 1.2 per vintage, with table 1.7 as an update where 1.2 lacks wages', () => {
    expect(projectionSpecs.map((s) => s.file.split('/').pop())).toEqual([
      'ep_2019_29_table_1_2.csv',
      'ep_2019_29_table_1_7.csv',
      'ep_2022_32_table_1_2.csv',
      'ep_2022_32_table_1_7.csv',
      'ep_2024_34_table_1_2.csv',
    ]);
    expect(projectionSpecs.map((s) => s.target.mode ?? 'insert')).toEqual([
      'insert',
      'update',
      'insert',
      'update',
      'insert',
    ]);
    expect(projectionSpecs.map((s) => s.scope.vintage)).toEqual([
      '2019-29',
      '2019-29',
      '2022-32',
      '2022-32',
      '2024-34',
    ]);
    expect(v2019.vintage).toBe('2019-29');
  });

  it('reads 2022–32 table 1.2 (employment in thousands, negative change)', async () => {
    const { rows, errors } = await readFixture<ProjectionRow>(projectionSpec(v2022), 'ep/t12_2022.csv');
    expect(errors).toEqual([]);
    expect(rows[2]).toEqual({
      vintage: '2022-32',
      code: '13-1020',
      title: 'Buyers and purchasing agents',
      type: 'Line item',
      empBase: 487.5,
      empProjected: 485.6,
      changeNumeric: -1.9,
      changePercent: -0.4,
      openings: 46.2,
      medianWage: null,
      education: null,
    });
  });

  it('reads 2022–32 table 1.7 wages: "—" and top-coded ">=$239,200" become null', async () => {
    const { rows, errors } = await readFixture<WageRow>(projectionWageSpec(v2022), 'ep/t17_2022.csv');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { vintage: '2022-32', code: '00-0000', medianWage: 46310, education: null },
      { vintage: '2022-32', code: '15-1252', medianWage: 127260, education: "Bachelor's degree" },
      { vintage: '2022-32', code: '13-1020', medianWage: null, education: 'High school diploma or equivalent' },
    ]);
  });

  it('reads 2024–34 table 1.2 with en-dash headers, thousands separators, wage and education', async () => {
    const { rows, errors } = await readFixture<ProjectionRow>(projectionSpec(v2024), 'ep/t12_2024.csv');
    expect(errors).toEqual([]);
    expect(rows[1]).toMatchObject({
      vintage: '2024-34',
      code: '15-1252',
      empBase: 1693.8,
      medianWage: 133080,
      education: "Bachelor's degree",
    });
  });

  it('rejects a header of another vintage by naming the missing columns', async () => {
    const { errors } = await readFixture(projectionSpec(v2024), 'ep/wrong_header_for_2024.csv');
    expect(errors.map((e) => e.column)).toEqual([
      'title',
      'code',
      'emp_base',
      'emp_projected',
      'change_numeric',
      'change_percent',
      'openings',
      'median_wage',
      'education',
    ]);
  });

  it('rejects duplicate codes, bad codes, unknown types and non-numeric values', async () => {
    const { rows, errors } = await readFixture<ProjectionRow>(projectionSpec(v2024), 'ep/bad_2024.csv');
    expect(rows).toHaveLength(1);
    expect(errors.map((e) => [e.line, e.column ?? null])).toEqual([
      [3, null],
      [4, 'code'],
      [5, 'type'],
      [5, 'emp_base'],
      [5, 'median_wage'],
    ]);
    expect(errors[0]?.reason).toContain('duplicate key 15-1252');
  });
});
