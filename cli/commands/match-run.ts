import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDb } from '../../lib/db/client';
import { fetchCatalogue } from '../../lib/db/queries/catalogue';
import { env } from '../../lib/env';
import { selectBackend } from '../../lib/models/backend';
import { countProgress } from '../../lib/models/progress';
import { shardLabel, type Shard } from '../../lib/models/shard';
import { listTitleCoders, loadTitleCoder } from '../../lib/models/titles/artifact';
import { servingExposureModel } from '../../lib/models/titles/description-exposure';
import type { OccupationExposure } from '../../lib/models/titles/match';
import { formatProblems, matchCsv } from '../../lib/export/match-csv';

/** Codes the titles of `opts.in` and writes the CSV (`taskshift match`); resolves to the exit code. */
export async function runMatch(opts: {
  in: string;
  out?: string;
  model?: string;
  exposure: boolean;
  lexicalOnly: boolean;
  shard?: Shard;
}): Promise<number> {
  const started = Date.now();
  const text = readFileSync(opts.in, 'utf8');
  const modelDir = opts.model ?? path.join(process.cwd(), 'models', listTitleCoders()[0] ?? '');
  if (!opts.model && !listTitleCoders()[0])
    throw new Error('no title-coder artifact under models/: run `npm run train:titles` or pass --model');
  await selectBackend(undefined, true);
  const coder = await loadTitleCoder(modelDir);
  const exposures = new Map<string, OccupationExposure>();
  // descriptions are scored by the newest exposure artifact (models/), when the file has a description column
  const described = /(^|,)\s*"?description"?\s*(,|$)/i.test(text.split(/\r?\n/, 1)[0] ?? '');
  const exposureModel = opts.exposure && !opts.lexicalOnly && described ? await servingExposureModel() : null;
  if (opts.exposure) {
    const db = createDb({ url: env.DATABASE_URL });
    try {
      for (const o of (await fetchCatalogue(db)).occupations) exposures.set(o.code, o);
    } finally {
      await db.close();
    }
  }
  const loadSeconds = (Date.now() - started) / 1000;
  const codingStarted = Date.now();
  const progress = countProgress(`coding titles${opts.shard ? ` shard ${shardLabel(opts.shard)}` : ''}`, 'titles');
  const result = matchCsv(text, coder, exposures, {
    lexicalOnly: opts.lexicalOnly,
    exposureModel,
    shard: opts.shard,
    onProgress: progress.update,
  });
  progress.stop();
  if (!result.ok) {
    process.stderr.write(
      `${formatProblems(opts.in, result.problems)}\n${opts.in}: not coded (${result.problems.length} problems); nothing written\n`,
    );
    return 1;
  }
  if (opts.out) writeFileSync(opts.out, result.csv);
  else process.stdout.write(result.csv);
  const codingSeconds = (Date.now() - codingStarted) / 1000;
  process.stderr.write(
    `coded ${result.rows} titles with ${coder.version}${opts.lexicalOnly ? ' (TF-IDF only)' : ''} in ${codingSeconds.toFixed(1)} s ` +
      `(${(result.rows / codingSeconds).toFixed(0)} titles/s) after ${loadSeconds.toFixed(1)} s loading: ` +
      `${result.needsReview} need review${opts.exposure ? '' : ', exposure not read'}${opts.shard ? ` (shard ${shardLabel(opts.shard)})` : ''} → ${opts.out ?? 'stdout'}\n`,
  );
  return 0;
}
