import { Suspense, type ReactNode } from 'react';
import { WidgetBoundary } from './widget-error';

/**
 * A streamed widget: its skeleton while its query runs, then the content, or, if the query fails
 * (database down or timed out), a clear message with a retry instead of a skeleton left forever.
 */
export function Widget({ what, fallback, children }: { what: string; fallback: ReactNode; children: ReactNode }) {
  return (
    <WidgetBoundary what={what}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </WidgetBoundary>
  );
}
