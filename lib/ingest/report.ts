import type { FileResult } from './load';
import type { IngestReport } from './run';

/** Pads cells into aligned text columns (right-aligning numbers). */
function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => (/^[\d.,]+$/.test(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

const num = (n: number) => n.toLocaleString('en-US');

/** The summary table printed after an ingest: one line per file, then derived steps. */
export function summaryTable(report: IngestReport): string {
  const head = ['source', 'file', 'status', 'read', 'loaded', 'rejected', 'seconds'];
  const lines = report.files.map((f: FileResult) => [
    f.source,
    f.file,
    f.status,
    num(f.rowsRead),
    num(f.rowsLoaded),
    num(f.rowsRejected),
    (f.durationMs / 1000).toFixed(2),
  ]);
  const derived = report.derived.map((d) => [
    `derived: ${d.name}`,
    d.status,
    `${(d.durationMs / 1000).toFixed(2)} s`,
    d.message,
  ]);
  return [table([head, ...lines]), ...derived.map((d) => d.join('  '))].join('\n');
}

/** One-line outcome, e.g. "Ingest finished: 40 files, 512,004 rows loaded, 0 failed in 12.3 s". */
export function summaryLine(report: IngestReport): string {
  const loaded = report.files.reduce((n, f) => n + f.rowsLoaded, 0);
  const rejected = report.files.reduce((n, f) => n + f.rowsRejected, 0);
  const unchanged = report.files.filter((f) => f.status === 'unchanged').length;
  const verdict = report.failed ? 'Ingest FAILED' : 'Ingest finished';
  return `${verdict}: ${report.files.length} files (${unchanged} unchanged), ${num(loaded)} rows loaded, ${num(rejected)} rejected, ${report.failed} failed in ${(report.durationMs / 1000).toFixed(1)} s`;
}

/** The errors of failed or partly rejected files, for the console (first few per file). */
export function errorDetails(report: IngestReport, perFile = 5): string {
  return report.files
    .filter((f) => f.errors.length > 0)
    .map((f) => {
      const shown = f.errors
        .slice(0, perFile)
        .map((e) => `  ${e.file}:${e.line}${e.column ? ` [${e.column}]` : ''} ${e.reason}`);
      const more = f.errors.length > perFile ? [`  … ${f.errors.length - perFile} more (see import_run.errors)`] : [];
      return [`${f.source} ${f.file}: ${f.message ?? f.status}`, ...shown, ...more].join('\n');
    })
    .join('\n');
}
