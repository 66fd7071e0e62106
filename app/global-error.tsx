'use client';

import './globals.css';

/** Last resort when even the layout (navigation, footer) fails: a plain page with a retry. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="error" role="alert">
          <h1>Taskshift is unavailable</h1>
          <p>The dashboard could not be loaded; the database may be unavailable. Try again in a few seconds.</p>
          <button type="button" onClick={() => retry()}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
