import type { ImportRunRow } from '@/lib/db/queries/imports';

/** An import run's message and its first 50 errors (file, line, column: reason), folded under a count. */
export function RunErrors({ run: r }: { run: Pick<ImportRunRow, 'message' | 'errors'> }) {
  return (
    <>
      {r.message ? <div>{r.message}</div> : null}
      {r.errors.length > 0 ? (
        <details>
          <summary>
            {r.errors.length} error{r.errors.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {r.errors.slice(0, 50).map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed error list, never reordered; two errors may be identical
              <li key={i}>
                {[e.file, e.line !== undefined ? `line ${e.line}` : null, e.column].filter(Boolean).join(', ')}:{' '}
                {e.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
