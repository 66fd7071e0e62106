import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { mapColumns } from '@/lib/ingest/catalogue/columns';
import { decodeCatalogue, decodeWindows1252 } from '@/lib/ingest/catalogue/decode';
import { MAX_CATALOGUE_ROWS, type ParsedCatalogue, parseCatalogue } from '@/lib/ingest/catalogue/parse';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string, bom = true) => {
  const body = Buffer.from(s, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
};
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
};

async function ok(bytes: Uint8Array, name = 'jobs.csv'): Promise<ParsedCatalogue> {
  const parsed = await parseCatalogue(bytes, name);
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.errors)}`);
  return parsed;
}

const SAMPLE = 'Job Title,Dept,FTE,SOC\r\nSenior Accountant,Finance,3,13-2011\r\nCafé Manager,Food,2,\r\n';

describe('catalogue encodings', () => {
  it.each([
    ['UTF-8', utf8(SAMPLE), 'utf-8'],
    ['UTF-8 with BOM', utf8(`\uFEFF${SAMPLE}`), 'utf-8-bom'],
    ['UTF-16LE with BOM', utf16le(SAMPLE), 'utf-16le'],
    ['UTF-16LE without BOM', utf16le(SAMPLE, false), 'utf-16le'],
    ['UTF-16BE with BOM', utf16be(SAMPLE), 'utf-16be'],
  ])('%s is detected and read', async (_name, bytes, encoding) => {
    const parsed = await ok(bytes);
    expect(parsed.encoding).toBe(encoding);
    expect(parsed.rows.map((r) => r.title)).toEqual(['Senior Accountant', 'Café Manager']);
    expect(parsed.mapping.title).toBe('Job Title'); // the BOM is not part of the header
  });

  it('Windows-1252 bytes (not UTF-8) are decoded by its table, € and curly quotes included', async () => {
    const bytes = Uint8Array.from([
      ...utf8('Title,Dept\n'),
      0x43,
      0x61,
      0x66,
      0xe9,
      0x20,
      0x93,
      0x4f,
      0x94,
      0x20,
      0x80,
      ...utf8(',X\n'),
    ]);
    const parsed = await ok(bytes);
    expect(parsed.encoding).toBe('windows-1252');
    expect(parsed.rows[0]!.title).toBe('Café “O” €');
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x9f, 0x41]))).toBe('€ŸA');
  });

  it('compressed data is refused with what it is', async () => {
    const parsed = await parseCatalogue(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0]), 'jobs.csv.gz');
    expect(parsed.ok).toBe(false);
    expect(() => decodeCatalogue(Uint8Array.from([0x1f, 0x8b, 8, 0]))).toThrow(/gzip/);
  });
});

describe('catalogue columns and rows', () => {
  it('maps header synonyms case-insensitively: Position, Headcount, Department, O*NET-SOC Code', () => {
    const m = mapColumns(['POSITION', 'head count', 'Department', 'O*NET-SOC Code', 'Notes', 'Job ID', 'Site']);
    expect('error' in m).toBe(false);
    if ('error' in m) return;
    expect(m.index).toEqual({ title: 0, headcount: 1, department: 2, code: 3, id: 5, location: 6 });
    expect(m.ignored).toEqual(['Notes']);
  });

  it('refuses a file without a title column, naming what it found', async () => {
    const parsed = await parseCatalogue(utf8('Name,Dept\nAda,IT\n'), 'jobs.csv');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]!.reason).toMatch(/no job title column.*"Name", "Dept"/);
  });

  it.each([
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('guesses the %s delimiter', async (d) => {
    const parsed = await ok(utf8(`Title${d}Headcount\nCashier${d}12\nJava Developer${d}4\n`));
    expect(parsed.delimiter).toBe(d);
    expect(parsed.rows.map((r) => r.headcount)).toEqual([12, 4]);
  });

  it('rejects bad rows with line, column and reason and keeps the good ones (lines count quoted newlines)', async () => {
    const text =
      'Title,FTE,Code\n"RN - ICU\nnights",2,29-1141\n,3,\nCashier,1.5,\nDriver,"1,200",53-3032\nClerk,4,15-12\n\n';
    const parsed = await ok(utf8(text));
    expect(parsed.rows.map((r) => [r.title, r.line, r.headcount, r.code])).toEqual([
      ['RN - ICU\nnights', 2, 2, '29-1141'],
      ['Driver', 6, 1200, '53-3032'],
    ]);
    expect(parsed.rowsRead).toBe(5);
    expect(parsed.rowsRejected).toBe(3);
    expect(parsed.errors.map((e) => [e.line, e.column])).toEqual([
      [4, 'Title'],
      [5, 'FTE'],
      [7, 'Code'],
    ]);
    expect(parsed.errors[1]!.reason).toMatch(/whole number/);
  });

  it('refuses an unclosed quote, a header-only file and more than 50,000 rows', async () => {
    expect((await parseCatalogue(utf8('Title\n"Cashier\n'), 'a.csv')).ok).toBe(false);
    expect((await parseCatalogue(utf8('Title,Dept\n'), 'a.csv')).ok).toBe(false);
    const big = `Title\n${'Cashier\n'.repeat(MAX_CATALOGUE_ROWS + 1)}`;
    const parsed = await parseCatalogue(utf8(big), 'a.csv');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]!.reason).toMatch(/more than 50,000 rows/);
    expect((await ok(utf8(`Title\n${'Cashier\n'.repeat(MAX_CATALOGUE_ROWS)}`))).rows).toHaveLength(MAX_CATALOGUE_ROWS);
  });

  it('drops NUL characters, which Postgres refuses', async () => {
    expect((await ok(utf8('Title\nCash\u0000ier\n'))).rows[0]!.title).toBe('Cashier');
  });
});

describe('XLSX catalogues', () => {
  async function workbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Jobs');
    for (const r of rows) sheet.addRow(r);
    wb.addWorksheet('Other').addRow(['Title']);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('reads the first sheet, numbers as headcounts, with row numbers as lines', async () => {
    const bytes = await workbook([
      ['Job Title', 'Headcount', 'Dept'],
      ['CDL-A Driver', 14, 'Logistics'],
      [null, null, null],
      ['Payroll Specialist', 'two', 'Finance'],
    ]);
    const parsed = await ok(bytes, 'jobs.xlsx');
    expect(parsed.fileKind).toBe('xlsx');
    expect(parsed.rows.map((r) => [r.title, r.headcount, r.department, r.line])).toEqual([
      ['CDL-A Driver', 14, 'Logistics', 2],
    ]);
    expect(parsed.errors.map((e) => [e.line, e.column])).toEqual([[4, 'Headcount']]);
  });

  it('refuses a ZIP that is not a workbook', async () => {
    const parsed = await parseCatalogue(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'jobs.xlsx');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]!.reason).toMatch(/XLSX workbook could not be read/);
  });
});
