'use client';

import { TableScroll } from '../ui/table-scroll';

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
        {DELIMITERS[upload.delimiter] ?? upload.delimiter}-separated): {upload.rowsRead} rows read, {upload.rowsValid} valid,{' '}
        <span className={upload.rowsRejected ? 'status-failed' : undefined}>{upload.rowsRejected} rejected</span>. Status:{' '}
        <span className={`status-${upload.status === 'imported' ? 'succeeded' : upload.status}`}>{upload.status}</span>
        {upload.message ? ` — ${upload.message}` : ''}
      </p>
      {upload.errors.length > 0 ? <ErrorTable errors={upload.errors} /> : null}
    </div>
  );
}

/** Errors as a table (file, line, column, reason). */
export function ErrorTable({ errors }: { errors: StagedUpload['errors'] }) {
  return (
    <TableScroll label="Validation errors">
      <table aria-label="Validation errors">
        <thead>
          <tr>
            <th>File</th>
            <th className="num">Line</th>
            <th>Column</th>
            <th>Reason</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed error list, never reordered; two errors may be identical
            <tr key={i}>
              <td className="small">{e.file}</td>
              <td className="num">{e.line || '—'}</td>
              <td className="small">{e.column ?? '—'}</td>
              <td className="small">{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
