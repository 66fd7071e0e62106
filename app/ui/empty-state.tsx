import type { ReactNode } from 'react';

/** A clear "nothing to show yet" message with the command that fixes it; never placeholder numbers. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty" role="note">
      <strong>{title}</strong>
      {children ? <div>{children}</div> : null}
    </div>
  );
}

/** Empty state for pages that need model scores. */
export function NoScores() {
  return (
    <EmptyState title="No model scores yet.">
      Exposure figures appear once a model version is trained and scored (<code>npm run train</code>, then{' '}
      <code>npm run score</code>). Until then no exposure numbers are shown.
    </EmptyState>
  );
}

/** Empty state for pages that need imported data. */
export function NoData({ what = 'data' }: { what?: string }) {
  return (
    <EmptyState title={`No ${what} imported yet.`}>
      Load the source files with <code>npm run ingest -- --dir ../shared/data</code>; see the{' '}
      <a href="/data">data page</a> for import history.
    </EmptyState>
  );
}
