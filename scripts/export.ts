import { parseArgs } from 'node:util';
import { createDb } from '../lib/db/client';
import { currentModelVersion, readOccupationScores } from '../lib/db/scores';
import { env } from '../lib/env';
import { toCsv } from '../lib/export/csv';
import { OCCUPATION_COLUMNS } from '../lib/export/occupations';

/** npm run export -- occupations [--version V]: CSV of every scored occupation on stdout. */
const { values, positionals } = parseArgs({ options: { version: { type: 'string' } }, allowPositionals: true });
const view = positionals[0];
if (view !== 'occupations') {
  process.stderr.write(`usage: npm run export -- occupations [--version V] (unknown view "${view ?? ''}")\n`);
  process.exit(2);
}
const db = createDb({ url: env.DATABASE_URL });
try {
  const version = values.version ?? (await currentModelVersion(db));
  if (!version) throw new Error('no scored model version: run `npm run score` first');
  const rows = await readOccupationScores(db, version);
  for await (const chunk of toCsv(OCCUPATION_COLUMNS, rows)) process.stdout.write(chunk);
  process.stderr.write(`exported ${rows.length} occupations scored by ${version}\n`);
} finally {
  await db.close();
}
