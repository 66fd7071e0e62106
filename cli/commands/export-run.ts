import { buildSimilarityIndex } from '../../lib/analytics/similarity/combine';
import { createDb } from '../../lib/db/client';
import { readSimilarityInputs } from '../../lib/db/queries/similarity';
import { currentModelVersion, readOccupationScores } from '../../lib/db/scores';
import { env } from '../../lib/env';
import { toCsv } from '../../lib/export/csv';
import { OCCUPATION_COLUMNS } from '../../lib/views/occupation-columns';
import { SIMILAR_COLUMNS, similarRows } from '../../lib/export/similar';
import { CURRENT_ONET } from '../../lib/db/onet-release';

/** Streams the CSV of `view` to stdout with a summary line on stderr; resolves to the exit code. */
export async function runExport(
  view: 'occupations' | 'similar',
  options: { version?: string; top: number },
): Promise<number> {
  const db = createDb({ url: env.DATABASE_URL });
  try {
    if (view === 'similar') {
      process.stderr.write(`reading O*NET ${CURRENT_ONET} skills, knowledge, work activities, tasks and job zones…\n`);
      const inputs = await readSimilarityInputs(db);
      if (inputs.length === 0) throw new Error(`no O*NET ${CURRENT_ONET} occupations: run \`npm run ingest\` first`);
      process.stderr.write(`comparing ${inputs.length} occupations pairwise…\n`);
      let rows = 0;
      for await (const chunk of toCsv(SIMILAR_COLUMNS, similarRows(buildSimilarityIndex(inputs), options.top))) {
        process.stdout.write(chunk);
        rows++;
      }
      process.stderr.write(
        `exported ${rows - 1} rows: the ${options.top} most similar occupations of each of ${inputs.length} occupations\n`,
      );
    } else {
      const version = options.version ?? (await currentModelVersion(db));
      if (!version) throw new Error('no scored model version: run `npm run score` first');
      const rows = await readOccupationScores(db, version);
      for await (const chunk of toCsv(OCCUPATION_COLUMNS, rows)) process.stdout.write(chunk);
      process.stderr.write(`exported ${rows.length} occupations scored by ${version}\n`);
    }
    return 0;
  } finally {
    await db.close();
  }
}
