'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { ErrorTable, type StagedUpload, UploadReport } from './upload-report';

export interface Choice {
  id: string;
  file: string;
  table: string;
  requiredColumns: string[];
}

type Errors = StagedUpload['errors'];

async function send(url: string, init: RequestInit): Promise<{ upload?: StagedUpload; errors?: Errors }> {
  try {
    const res = await fetch(url, init);
    const body = (await res.json().catch(() => ({}))) as { upload?: StagedUpload; errors?: Errors; error?: string };
    if (body.error) return { errors: [{ file: '', line: 0, reason: body.error }] };
    if (body.upload || body.errors) return body;
    // A 2xx answer without an upload (cancel answers { cancelled: true }) is a success, not an error.
    return res.ok ? {} : { errors: [{ file: '', line: 0, reason: `HTTP ${res.status}` }] };
  } catch {
    return { errors: [{ file: '', line: 0, reason: 'network error: the server did not answer' }] };
  }
}

/** Upload → preview report → confirm or cancel. */
export function UploadForm({ choices }: { choices: Choice[] }) {
  const router = useRouter();
  const [kind, setKind] = useState<'source' | 'custom-index'>('custom-index');
  const [target, setTarget] = useState(choices[0]?.id ?? '');
  const [upload, setUpload] = useState<StagedUpload | null>(null);
  const [errors, setErrors] = useState<Errors>([]);
  const [busy, setBusy] = useState(false);
  const chosen = choices.find((c) => c.id === target);

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setUpload(null);
    const result = await send('/api/admin/uploads', { method: 'POST', body: new FormData(event.currentTarget) });
    setUpload(result.upload ?? null);
    setErrors(result.errors ?? []);
    setBusy(false);
  }

  async function decide(action: 'confirm' | 'cancel') {
    if (!upload) return;
    setBusy(true);
    const result = await send(`/api/admin/uploads/${upload.id}/${action}`, { method: 'POST' });
    if (action === 'cancel' && !result.errors)
      setUpload({ ...upload, status: 'cancelled', message: 'staged file deleted' });
    else if (result.upload) setUpload(result.upload);
    setErrors(result.errors ?? []);
    setBusy(false);
    router.refresh();
  }

  async function signOut() {
    await fetch('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    router.refresh();
  }

  return (
    <div>
      <p className="note">
        Signed in as admin.{' '}
        <button type="button" className="secondary" onClick={signOut}>
          Sign out
        </button>
      </p>
      <form onSubmit={onUpload} className="filters" aria-label="Upload a file">
        <label>
          <input
            type="radio"
            name="kind"
            value="custom-index"
            checked={kind === 'custom-index'}
            onChange={() => setKind('custom-index')}
          />{' '}
          Custom index
        </label>
        <label>
          <input
            type="radio"
            name="kind"
            value="source"
            checked={kind === 'source'}
            onChange={() => setKind('source')}
          />{' '}
          Replace a known file
        </label>
        {kind === 'source' ? (
          <label>
            File{' '}
            <select name="target" value={target} onChange={(e) => setTarget(e.target.value)}>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.file}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label>
            Index name <input name="indexName" required pattern="[a-z][a-z0-9_]{0,62}" placeholder="acme_exposure" />
          </label>
        )}
        <label>
          CSV{' '}
          <input
            type="file"
            name="file"
            required
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Upload and check'}
        </button>
      </form>
      <p className="note">
        {kind === 'custom-index'
          ? 'Columns: index_name (equal to the index name), code_system (soc2010, soc2018, onetsoc2010, onetsoc2019, isco08), code, value, and optionally year and label. Confirming replaces that index.'
          : chosen
            ? `Required columns: ${chosen.requiredColumns.join(', ')}. Confirming replaces this file's rows in ${chosen.table}.`
            : null}
      </p>
      {errors.length > 0 && !upload ? (
        <div className="error" role="alert">
          <ErrorTable errors={errors} />
        </div>
      ) : null}
      {upload ? <UploadReport upload={upload} /> : null}
      {errors.length > 0 && upload ? (
        <div className="error" role="alert">
          <ErrorTable errors={errors} />
        </div>
      ) : null}
      {upload?.status === 'staged' ? (
        <p>
          {/* Any reported error (a rejected row, or a file error such as an unclosed quote) would fail the import. */}
          <button
            type="button"
            disabled={busy || upload.rowsRejected > 0 || upload.errors.length > 0 || upload.rowsValid === 0}
            onClick={() => decide('confirm')}
          >
            Confirm import
          </button>{' '}
          <button type="button" className="secondary" disabled={busy} onClick={() => decide('cancel')}>
            Cancel
          </button>
          {upload.rowsRejected > 0 || upload.errors.length > 0 ? (
            <span className="note"> Fix the errors above and upload again: a file lands whole or not at all.</span>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
