import ExcelJS from 'exceljs';

/** A sheet's rows as text cells, with the 1-based row number each came from. */
export interface SheetRows {
  rows: { line: number; cells: string[] }[];
}

/** An XLSX file that could not be read (corrupt, encrypted, not a workbook, no sheet). */
export class UnreadableWorkbook extends Error {}

/** A cell's value as the text a user sees (rich text joined, formulas by their result, dates as ISO days). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/**
 * Reads the first worksheet of an XLSX workbook (exceljs) into rows of text cells. Empty rows are
 * skipped; more than `maxRows` data rows fail at once rather than reading on.
 */
export async function readFirstSheet(bytes: Uint8Array, maxRows: number): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbook(
      `the XLSX workbook could not be read (${String((error as Error)?.message ?? error).slice(0, 200)}); save it again from Excel or export it as CSV`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableWorkbook('the XLSX workbook has no worksheet');
  if (sheet.actualRowCount > maxRows + 1)
    throw new UnreadableWorkbook(
      `the first sheet has ${sheet.actualRowCount - 1} data rows; at most ${maxRows.toLocaleString('en-US')} are accepted`,
    );
  const rows: SheetRows['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: values[0] is empty
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    rows.push({ line, cells });
  });
  return { rows };
}
