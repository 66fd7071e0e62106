import cliProgress from 'cli-progress';
import { fetchAll, fetchSummary } from '../../lib/ingest/fetch/fetch-all';
import { loadRegistry, REGISTRY_PATH } from '../../lib/ingest/registry';
import { UsageError } from '../command';

/** Downloads with a progress bar per file, lists manual and failed files, ends with the summary; resolves to the exit code. */
export async function runFetch(args: { dest: string; registry?: string; source?: string[] }): Promise<number> {
  let bar: cliProgress.SingleBar | undefined;
  const results = await fetchAll(loadRegistry(args.registry ?? REGISTRY_PATH), {
    destDir: args.dest,
    sources: args.source,
    onFileStart: (file, url) => {
      console.error(`${file.path} ← ${url.host}`);
      bar = new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: '  {bar} {percentage}% | {value}/{total} bytes | ETA {eta}s',
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(file.bytes, 0);
    },
    onProgress: (_file, received) => bar?.update(received),
    onFileDone: (result) => {
      bar?.stop();
      bar = undefined;
      if (result.status === 'failed') console.error(`  ✗ ${result.path}: ${result.message}`);
    },
  }).catch((err: Error) => {
    throw new UsageError(err.message); // a bad registry or an unknown source name: exit 2 as before
  });
  const manual = results.filter((r) => r.status === 'manual');
  if (manual.length) {
    console.error(
      `\nNot downloadable as-is (why, and the official release; how to convert: note in data/sources.json):`,
    );
    for (const r of manual) console.error(`  - ${r.path}: ${r.message}`);
  }
  const failed = results.filter((r) => r.status === 'failed');
  for (const r of failed) console.error(`FAILED ${r.path}: ${r.message}`);
  console.error(fetchSummary(results));
  return failed.length ? 1 : 0;
}
