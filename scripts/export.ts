import { parseArgs } from 'node:util';
import { buildSimilarityIndex } from '../lib/analytics/similarity/combine';
import { createDb } from '../lib/db/client';
import { readSimilarityInputs } from '../lib/db/queries/similarity';
import { currentModelVersion, readOccupationScores } from '../lib/db/scores';
import { env } from '../lib/env';
import { toCsv } from '../lib/export/csv';
import { OCCUPATION_COLUMNS } from '../lib/export/occupations';
import { SIMILAR_COLUMNS, similarRows } from '../lib/export/similar';

const USAGE = `usage: npm run -s export -- <view> [options] > file.csv

views:
  occupations [--version V]   every scored occupation: ${OCCUPATION_COLUMNS.map((c) => c.header).join(',')}
  similar [--top N]           the N (default 10) most similar occupations of every O*NET 30.1 occupation,
                              any exposure: ${SIMILAR_COLUMNS.map((c) => c.header).join(',')}

Reads DATABASE_URL (else the embedded PGlite database); CSV on stdout, a summary line on stderr.
  -h, --help                  show this help
`;

/** npm run export -- <view>: a CSV of one view on stdout (see USAGE). */
let parsed;
try {
  parsed = parseArgs({ options: { version: { type: 'string' }, top: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const view = positionals[0];
const top = values.top === undefined ? 10 : Number(values.top);
if ((view !== 'occupations' && view !== 'similar') || !Number.isInteger(top) || top < 1 || top > 1000) {
  const reason = view !== 'occupations' && view !== 'similar' ? `unknown view "${view ?? ''}"` : `--top must be a whole number from 1 to 1000 (got "${values.top}")`;
  process.stderr.write(`${reason}\n\n${USAGE}`);
  process.exit(2);
}
const db = createDb({ url: env.DATABASE_URL });
try {
  if (view === 'similar') {
    process.stderr.write('reading O*NET 30.1 skills, knowledge, work activities, tasks and job zones…\n');
    const inputs = await readSimilarityInputs(db);
    if (inputs.length === 0) throw new Error('no O*NET 30.1 occupations: run `npm run ingest` first');
    process.stderr.write(`comparing ${inputs.length} occupations pairwise…\n`);
    let rows = 0;
    for await (const chunk of toCsv(SIMILAR_COLUMNS, similarRows(buildSimilarityIndex(inputs), top))) {
      process.stdout.write(chunk);
      rows++;
    }
    process.stderr.write(`exported ${rows - 1} rows: the ${top} most similar occupations of each of ${inputs.length} occupations\n`);
  } else {
    const version = values.version ?? (await currentModelVersion(db));
    if (!version) throw new Error('no scored model version: run `npm run score` first');
    const rows = await readOccupationScores(db, version);
    for await (const chunk of toCsv(OCCUPATION_COLUMNS, rows)) process.stdout.write(chunk);
    process.stderr.write(`exported ${rows.length} occupations scored by ${version}\n`);
  }
} finally {
  await db.close();
}
