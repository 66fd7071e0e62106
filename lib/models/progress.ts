import cliProgress from 'cli-progress';

/** A progress bar on stderr (stdout stays clean for CSV); disabled when stderr is not a terminal and quiet is set. */
export function progressBar(format: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { format, stream: process.stderr, hideCursor: true, etaBuffer: 50, noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
}
