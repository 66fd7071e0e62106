import { describe, expect, it } from 'vitest';
import { crosswalkSpecs, type CrosswalkRow } from '../../../lib/ingest/sources/crosswalks';
import { readFixture } from './read';

const spec = (kind: string) => {
  const found = crosswalkSpecs.find((s) => s.scope.kind === kind);
  if (!found) throw new Error(kind);
  return found;
};

describe('crosswalk readers', () => {
  it('covers four kinds, each its own replace scope', () => {
    expect(crosswalkSpecs.map((s) => s.scope.kind)).toEqual([
      'soc2010_soc2018',
      'onetsoc2010_onetsoc2019',
      'onetsoc2019_soc2018',
      'isco08_soc2010',
    ]);
  });

  it('reads SOC 2010→2018, marking split codes partial and stripping the (#)/(##) title marks', async () => {
    const { rows, errors } = await readFixture<CrosswalkRow>(spec('soc2010_soc2018'), 'crosswalks/soc.csv');
    expect(errors).toEqual([]);
    expect(rows[0]).toEqual({
      kind: 'soc2010_soc2018',
      fromCode: '11-1011',
      toCode: '11-1011',
      fromTitle: 'Chief Executives',
      toTitle: 'Chief Executives',
      partial: false,
    });
    expect(rows[1]).toEqual({
      kind: 'soc2010_soc2018',
      fromCode: '15-1132',
      toCode: '15-1252',
      fromTitle: 'Software Developers, Applications',
      toTitle: 'Software Developers',
      partial: true,
    });
    expect(rows).toHaveLength(5);
  });

  it('reads ISCO-08→SOC 2010 with a BOM, CRLF and a quoted newline; keeps zeros, trims SOC, maps part=* to partial', async () => {
    const { rows, errors } = await readFixture<CrosswalkRow>(spec('isco08_soc2010'), 'crosswalks/isco.csv');
    expect(rows.map((r) => [r.fromCode, r.toCode, r.partial])).toEqual([
      ['0110', '55-1011', true],
      ['211', '19-2099', false],
      ['2512', '15-1132', false],
    ]);
    expect(rows[2]?.toTitle).toBe('Software Developers,\r\nApplications');
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [6, 'from_code'],
      [7, 'part'],
    ]);
  });

  it('rejects a duplicate pair and a code of the wrong format', async () => {
    const { rows, errors } = await readFixture<CrosswalkRow>(
      spec('onetsoc2010_onetsoc2019'),
      'crosswalks/onet_dup.csv',
    );
    expect(rows).toHaveLength(1);
    expect(errors.map((e) => [e.line, e.column ?? null])).toEqual([
      [3, null],
      [4, 'to_code'],
    ]);
    expect(errors[0]?.reason).toContain('duplicate key 15-1132.00>15-1252.00');
  });

  it("reports an empty file and a file with another crosswalk's header", async () => {
    const empty = await readFixture(spec('soc2010_soc2018'), 'oews/empty.csv');
    expect(empty.errors.map((e) => e.reason)).toEqual(['empty file: no header row']);
    const wrong = await readFixture(spec('soc2010_soc2018'), 'crosswalks/isco.csv');
    expect(wrong.rows).toEqual([]);
    // Its "2010 SOC Code/Title" columns are this crosswalk's from-side; the 2018 side is missing.
    expect(wrong.errors.map((e) => [e.line, e.column])).toEqual([
      [1, 'to_code'],
      [1, 'to_title'],
    ]);
  });
});
