import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { fetchAll, fetchSummary, type FetchResult } from '../lib/ingest/fetch/fetch-all';
import { loadRegistry, REGISTRY_PATH } from '../lib/ingest/registry';

/** `npm run data:fetch [-- --dest data/raw] [--source NAME ...]`: downloads the registry's files, verified by sha256. */
const argsSchema = z.object({
  dest: z.string().min(1).default(path.join(process.cwd(), 'data', 'raw')),
  registry: z.string().min(1).default(REGISTRY_PATH),
  source: z.array(z.string().regex(/^[a-z0-9.-]+$/, 'source names are lower-case, e.g. bls-oews')).optional(),
});

const { values } = parseArgs({
  options: { dest: { type: 'string' }, registry: { type: 'string' }, source: { type: 'string', multiple: true } },
  strict: true,
});
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  console.error(parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('\n'));
  process.exit(2);
}
const args = parsed.data;

let bar: cliProgress.SingleBar | undefined;
const results: FetchResult[] = await fetchAll(loadRegistry(args.registry), {
  destDir: args.dest,
  sources: args.source,
  onFileStart: (file, url) => {
    console.error(`${file.path} ← ${url.host}`);
    bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: '  {bar} {percentage}% | {value}/{total} bytes | ETA {eta}s', hideCursor: true },
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
  console.error(err.message);
  process.exit(2);
});

const manual = results.filter((r) => r.status === 'manual');
if (manual.length) {
  console.error(`\nNot downloadable as-is (convert from the official release, see data/sources.json):`);
  for (const r of manual) console.error(`  - ${r.path}`);
}
const failed = results.filter((r) => r.status === 'failed');
for (const r of failed) console.error(`FAILED ${r.path}: ${r.message}`);
console.error(fetchSummary(results));
process.exit(failed.length ? 1 : 0);
