import { currentRole } from '@/lib/auth/action';
import { authConfig, WRITES_DISABLED_MESSAGE, writesEnabled } from '@/lib/auth/config';
import { MAX_UPLOAD_BYTES } from '@/lib/ingest/upload';
import { uploadChoices } from '@/lib/ingest/upload-targets';
import { UploadForm } from './upload-form';

/** Upload panel for /data: the form for admins, a sign-in link for everyone else. */
export async function UploadPanel() {
  const config = authConfig();
  if (!writesEnabled(config)) {
    return (
      <section className="panel" aria-labelledby="upload-title">
        <h2 id="upload-title">Upload a file</h2>
        <p className="note">{WRITES_DISABLED_MESSAGE}</p>
      </section>
    );
  }
  if ((await currentRole()) !== 'admin') {
    return (
      <section className="panel" aria-labelledby="upload-title">
        <h2 id="upload-title">Upload a file</h2>
        <p className="note">
          Admins can upload a replacement for a known source file, or a custom published index.{' '}
          <a href="/login?next=/data">Sign in</a> to upload.
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="upload-title">
      <h2 id="upload-title">Upload a file</h2>
      <p className="summary">
        CSV or tab-separated, UTF-8 (with or without BOM), up to {Math.round(MAX_UPLOAD_BYTES / 1048576)} MB. Every row
        is checked first; nothing is imported until you confirm.
      </p>
      <UploadForm
        choices={uploadChoices().map(({ id, file, table, requiredColumns }) => ({
          id,
          file,
          table,
          requiredColumns: [...requiredColumns],
        }))}
      />
    </section>
  );
}
