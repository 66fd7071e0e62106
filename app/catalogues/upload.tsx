'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { type Column, DataTable, defineTable } from '../ui/data-table';

type RowError = { file: string; line: number; column?: string; reason: string };
interface Staged {
  id: string;
  name: string;
  fileKind: string;
  encoding: string;
  delimiter: string;
  rowsRead: number;
  rowsRejected: number;
  mapping: Record<string, string>;
  errors: RowError[];
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

const ERROR_COLUMNS: readonly Column<RowError>[] = [
  { key: 'line', label: 'Line', numeric: true, cell: (e) => e.line || '' },
  { key: 'column', label: 'Column', cell: (e) => e.column ?? '' },
  { key: 'reason', label: 'Reason', cell: (e) => e.reason },
];

const ERROR_TABLE = defineTable(ERROR_COLUMNS, (_, i) => i);

/** Upload → validation report (rows read, rejected with line and reason, columns found) → confirm or discard. */
export function CatalogueUpload() {
  const router = useRouter();
  const [staged, setStaged] = useState<Staged | null>(null);
  const [errors, setErrors] = useState<RowError[]>([]);
  const [busy, setBusy] = useState(false);

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setStaged(null);
    try {
      const res = await fetch('/api/catalogues', { method: 'POST', body: new FormData(event.currentTarget) });
      const body = (await res.json().catch(() => ({}))) as { catalogue?: Staged; errors?: RowError[]; error?: string };
      setStaged(body.catalogue ?? null);
      setErrors(
        body.errors ??
          (body.error
            ? [{ file: '', line: 0, reason: body.error }]
            : res.ok
              ? []
              : [{ file: '', line: 0, reason: `HTTP ${res.status}` }]),
      );
    } catch {
      setErrors([{ file: '', line: 0, reason: 'network error: the server did not answer' }]);
    }
    setBusy(false);
  }

  async function decide(confirm: boolean) {
    if (!staged) return;
    setBusy(true);
    const res = await fetch(confirm ? `/api/catalogues/${staged.id}/confirm` : `/api/catalogues/${staged.id}`, {
      method: confirm ? 'POST' : 'DELETE',
    });
    setBusy(false);
    if (res.ok && confirm) router.push(`/catalogues/${staged.id}`);
    else {
      setStaged(null);
      router.refresh();
    }
  }

  const shownErrors = staged ? staged.errors : errors;
  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">Upload a catalogue</h2>
      <form onSubmit={onUpload}>
        <p>
          CSV (any delimiter; UTF-8, UTF-16 or Windows-1252) or XLSX (first sheet), up to 50,000 rows and 20 MB.
          Columns: title (required; also Job Title, Position), and optionally id, description, department (Dept),
          location, headcount (FTE) and code (your own SOC or O*NET-SOC code, which overrides the match).
        </p>
        <label>
          Catalogue file <input type="file" name="file" accept=".csv,.tsv,.txt,.xlsx" required />
        </label>{' '}
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Check file'}
        </button>
      </form>
      {staged && (
        <div role="status" aria-label="Validation report">
          <h3>Validation report: {staged.name}</h3>
          <ul>
            <li>Rows read: {staged.rowsRead}</li>
            <li>Rows rejected: {staged.rowsRejected}</li>
            <li>
              Read as{' '}
              {staged.fileKind === 'xlsx'
                ? 'XLSX, first sheet'
                : `CSV, ${staged.encoding}, ${DELIMITER_NAMES[staged.delimiter] ?? staged.delimiter}-delimited`}
            </li>
            <li>
              Columns found:{' '}
              {Object.entries(staged.mapping)
                .map(([field, header]) => `${field} ← "${header}"`)
                .join(', ')}
            </li>
          </ul>
          <button type="button" onClick={() => decide(true)} disabled={busy}>
            Confirm and build the report
          </button>{' '}
          <button type="button" onClick={() => decide(false)} disabled={busy}>
            Discard
          </button>
        </div>
      )}
      {shownErrors.length > 0 && (
        <DataTable label={staged ? 'Rejected rows' : 'Errors'} labelTable table={ERROR_TABLE} rows={shownErrors} />
      )}
    </section>
  );
}
