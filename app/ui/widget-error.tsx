'use client';

import { catchError, type ErrorInfo } from 'next/error';

/** What a widget that failed to load shows: what is missing, the likely cause, and a retry. */
function WidgetErrorFallback({ what }: { what: string }, { retry }: ErrorInfo) {
  return (
    <div className="error" role="alert" data-testid="widget-error">
      <strong>Could not load {what}.</strong> The database may be unavailable or slow; the rest of the page still works.{' '}
      <button type="button" className="secondary" onClick={() => retry()}>
        Try again
      </button>
    </div>
  );
}

/** Error boundary around one streamed widget, so a failing query never leaves it on its skeleton. */
export const WidgetBoundary = catchError(WidgetErrorFallback);
