'use client';

import { type Column, DataTable, defineTable } from '../ui/data-table';

/** A staged upload as the API returns it. */
export interface StagedUpload {
  id: string;
  originalName: string;
  status: string;
  delimiter: string;
  encoding: string;
  sizeBytes: number;
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  rowsLoaded: number;
  message: string | null;
  errors: { file: string; line: number; column?: string; reason: string }[];
}

const DELIMITERS: Record<string, string> = { ',': 'comma', '\t': 'tab', ';': 'semicolon', '|': 'pipe' };

/** The validation report of a staged upload: counts, then each error with file, line, column and reason. */
export function UploadReport({ upload }: { upload: StagedUpload }) {
  return (
    <div aria-live="polite">
      <p className="summary">
        <strong>{upload.originalName}</strong> ({(upload.sizeBytes / 1024).toFixed(0)} KB, {upload.encoding},{' '}
        {DELIMITERS[upload.delimiter] ?? upload.delimiter}-separated): {upload.rowsRead} rows read, {upload.rowsValid}{' '}
        valid, <span className={upload.rowsRejected ? 'status-failed' : undefined}>{upload.rowsRejected} rejected</span>
        . Status:{' '}
        <span className={`status-${upload.status === 'imported' ? 'succeeded' : upload.status}`}>{upload.status}</span>
        {upload.message ? ` — ${upload.message}` : ''}
      </p>
      {upload.errors.length > 0 ? <ErrorTable errors={upload.errors} /> : null}
    </div>
  );
}

const ERROR_COLUMNS: readonly Column<StagedUpload['errors'][number]>[] = [
  { key: 'file', label: 'File', cellClass: 'small', cell: (e) => e.file },
  { key: 'line', label: 'Line', numeric: true, cell: (e) => e.line || '—' },
  { key: 'column', label: 'Column', cellClass: 'small', cell: (e) => e.column ?? '—' },
  { key: 'reason', label: 'Reason', cellClass: 'small', cell: (e) => e.reason },
];

const ERROR_TABLE = defineTable(ERROR_COLUMNS, (_, i) => i);

/** Errors as a table (file, line, column, reason). */
export function ErrorTable({ errors }: { errors: StagedUpload['errors'] }) {
  return <DataTable label="Validation errors" labelTable table={ERROR_TABLE} rows={errors} />;
}
