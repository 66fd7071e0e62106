/** Runs once when a Next server starts (next start, next dev). */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's own marker of the runtime this bundle is for, not configuration, hence read here.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { markInterruptedRunsOnStart } = await import('./lib/db/startup');
  void markInterruptedRunsOnStart(); // not awaited: a database that is down must not hold up the server's start
  const { expireStagedUploadsAtStartup } = await import('./lib/ingest/upload-startup');
  void expireStagedUploadsAtStartup(); // day-old staged uploads and their files; also not awaited
  const { servingTitleCoder } = await import('./lib/models/titles/serve');
  void servingTitleCoder(); // warm the title coder once, so the first search does not wait for it
}
