'use client';

/** Shown when a page cannot be built, most often because the database is unavailable or timed out. */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  return (
    <div className="error" role="alert" data-testid="page-error">
      <h1>This page could not be loaded</h1>
      <p>
        The data behind it could not be read: the database may be unavailable or slow. Try again in a few seconds; if it
        persists, the operator can check <a href="/api/health">/api/health</a>, which names the cause.
      </p>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      </p>
      {digest ? <p className="small">Reference: {digest}</p> : null}
    </div>
  );
}
