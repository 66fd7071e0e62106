import type { RowError } from '@/lib/ingest/types';

/** How one fuzz case ended. Anything else (a throw, a hang, an unhandled rejection) fails the test. */
export type Outcome =
  | 'clean'
  | 'rejected:encoding'
  | 'rejected:header'
  | 'rejected:rows'
  | 'rejected:no-rows'
  | 'failed:database';

/** Why an error is not "clear": it must name a line and give a short, non-empty reason. */
export function unclear(error: RowError): string | undefined {
  if (typeof error.file !== 'string' || error.file === '') return 'no file';
  if (!Number.isInteger(error.line) || error.line < 0) return `bad line ${String(error.line)}`;
  if (typeof error.reason !== 'string' || error.reason.trim() === '') return 'empty reason';
  if (error.reason.length > 1000) return `reason of ${error.reason.length} characters`;
  if (error.column !== undefined && typeof error.column !== 'string') return 'bad column';
  return undefined;
}

/** Classifies a parse/validate result. */
export function classify(rows: number, errors: RowError[]): Outcome {
  if (errors.length === 0) return rows > 0 ? 'clean' : 'rejected:no-rows';
  if (errors.some((e) => e.reason.startsWith('not valid UTF-8'))) return 'rejected:encoding';
  if (errors.some((e) => e.line <= 1 && /column|header|empty/.test(e.reason))) return 'rejected:header';
  return 'rejected:rows';
}

/** Counts outcomes overall and per mutation, and prints them as a table. */
export class OutcomeTally {
  readonly total = new Map<string, number>();
  private readonly byMutation = new Map<string, Map<string, number>>();
  cases = 0;

  add(mutations: string[], outcome: string): void {
    this.cases++;
    this.total.set(outcome, (this.total.get(outcome) ?? 0) + 1);
    for (const m of new Set(mutations)) {
      const row = this.byMutation.get(m) ?? new Map<string, number>();
      row.set(outcome, (row.get(outcome) ?? 0) + 1);
      this.byMutation.set(m, row);
    }
  }

  /** A printable summary: totals, then one line per mutation kind. */
  format(title: string): string {
    const totals = [...this.total]
      .sort()
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    const lines = [...this.byMutation]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([m, row]) =>
          `  ${m.padEnd(17)} ${[...row]
            .sort()
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')}`,
      );
    return [`${title}: ${this.cases} cases — ${totals}`, '  by mutation (a case may apply several):', ...lines].join(
      '\n',
    );
  }
}
