import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, exportFileName, toCsv } from '../../lib/export/csv';

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ['@foo', "'@foo"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['\uFF1DHYPERLINK("http://evil.example")', `"'\uFF1DHYPERLINK(""http://evil.example"")"`],
    ['\uFF0B1', "'\uFF0B1"],
    ['\uFF0D1', "'\uFF0D1"],
    ['\uFF20SUM(1)', "'\uFF20SUM(1)"],
    [' =1+1', "' =1+1"],
    ['\u00a0\u3000@x', "'\u00a0\u3000@x"],
    ['\u200b=1', "'\u200b=1"],
    ['\u0001+1', "'\u0001+1"],
    ['\nx', `"'\nx"`],
  ])('neutralises formula start %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves ordinary text alone, including inner formula characters', () => {
    expect(csvCell('Software Developers')).toBe('Software Developers');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(' plain')).toBe(' plain');
    expect(csvCell('\uFF21BC')).toBe('\uFF21BC'); // full-width A is not a trigger
  });

  it('quotes delimiters, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('keeps numbers, including negatives, as numbers', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('streams a header and one line per row', async () => {
    async function* rows() {
      yield { code: '15-1252.00', title: 'Software Developers' };
      yield { code: '13-2011.00', title: '=HYPERLINK("x")' };
    }
    let out = '';
    for await (const chunk of toCsv(
      [
        { header: 'code', value: (r) => r.code },
        { header: 'title', value: (r) => r.title },
      ],
      rows(),
    ))
      out += chunk;
    expect(out).toBe(`code,title\r\n15-1252.00,Software Developers\r\n13-2011.00,"'=HYPERLINK(""x"")"\r\n`);
    expect(csvLine(['a', 1])).toBe('a,1\r\n');
  });

  it('names files by view, date and model version', () => {
    expect(exportFileName('occupations', 'v1 beta', new Date('2026-11-29T10:00:00Z'))).toBe(
      'occupations_2026-11-29_model-v1-beta.csv',
    );
  });
});
