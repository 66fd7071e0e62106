import { parseArgs } from 'node:util';
import { compareTaskText, evaluateSimilarity, type HeldOutRow } from '../lib/analytics/similarity/report';
import { createDb } from '../lib/db/client';
import { readScoringData } from '../lib/db/model-data';
import { readSimilarityInputs } from '../lib/db/queries/similarity';
import { env } from '../lib/env';
import { disposeModel, listArtifacts, loadModel, MODELS_DIR } from '../lib/models/artifact';
import { selectBackend } from '../lib/models/backend';
import { occupationTaskVectors } from '../lib/models/task-vectors';

const USAGE = `usage: npm run evaluate:similarity [-- --top K] [--encoder]

Evaluates the occupation similarity on the O*NET 30.1 data in the database (DATABASE_URL, else
the embedded PGlite): median similarity of the 1st vs the K-th (default 10) nearest occupation,
and how well the similarity built without one component (task words, work activities, skills)
finds that component's own K nearest neighbours, beside the raw importance cosine and chance.
Prints Markdown tables on stdout.
  --encoder    also compare the task-word component with the exposure encoder's mean task vectors
               (newest artifact under models/, first member; about a minute on wasm)
  -h, --help   show this help
`;

let parsed;
try {
  parsed = parseArgs({ options: { top: { type: 'string', default: '10' }, encoder: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed.values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const k = Number(parsed.values.top);
if (!Number.isInteger(k) || k < 1 || k > 100) {
  process.stderr.write(`--top must be a whole number from 1 to 100 (got "${parsed.values.top}")\n\n${USAGE}`);
  process.exit(2);
}
const db = createDb({ url: env.DATABASE_URL });

/** The `--encoder` table: task words vs the encoder's task vectors at finding activity and skill neighbours. */
async function encoderComparison(inputs: Parameters<typeof compareTaskText>[0]): Promise<string[]> {
  const version = env.MODEL_VERSION ?? listArtifacts()[0];
  if (!version) throw new Error(`no model artifact under ${MODELS_DIR}`);
  await selectBackend();
  const model = await loadModel(`${MODELS_DIR}/${version}`);
  try {
    const { tasks } = await readScoringData(db);
    const vectors = occupationTaskVectors(model, tasks, 0, (done, total) => {
      if (done === total || done % 2560 === 0) process.stderr.write(`encoder ${version}: ${done}/${total} tasks\n`);
    });
    const rows: HeldOutRow[] = compareTaskText(inputs, vectors, k);
    return [
      '',
      `Task text: TF-IDF task words vs the encoder's mean task vectors (${version}, member 0), overlap@${k} with held-out components:`,
      '',
      `| held out | task-text predictor | overlap@${k} | held-out similarity | occupations |`,
      '| --- | --- | --- | --- | --- |',
      ...rows.map((h) => `| ${h.heldOut} | ${h.predictor} | ${h.overlap.toFixed(3)} | ${h.heldOutSimilarity.toFixed(3)} | ${h.occupations} |`),
      '',
    ];
  } finally {
    disposeModel(model);
  }
}
try {
  const started = performance.now();
  process.stderr.write('reading O*NET 30.1 occupations…\n');
  const inputs = await readSimilarityInputs(db);
  if (inputs.length < k + 1) throw new Error(`only ${inputs.length} O*NET 30.1 occupations: run \`npm run ingest\` first`);
  process.stderr.write(`evaluating the similarity of ${inputs.length} occupations…\n`);
  const e = evaluateSimilarity(inputs, k);
  const f = (x: number) => x.toFixed(3);
  const out = [
    `Spread (median over occupations, similarity of the nearest vs the ${k}th nearest):`,
    '',
    `| similarity | 1st | ${k}th | occupations |`,
    '| --- | --- | --- | --- |',
    ...e.spread.map((s) => `| ${s.predictor} | ${f(s.first)} | ${f(s.kth)} | ${s.occupations} |`),
    '',
    `Held-out components (overlap@${k} with the component's own ${k} nearest; its mean similarity to the ${k} found):`,
    '',
    `| held out | predictor | overlap@${k} | held-out similarity | occupations |`,
    '| --- | --- | --- | --- | --- |',
    ...e.heldOut.map((h) => `| ${h.heldOut} | ${h.predictor} | ${f(h.overlap)} | ${f(h.heldOutSimilarity)} | ${h.occupations} |`),
    '',
    `Share of the ${k} nearest in the same SOC minor group (e.g. 15-12), by similarities that do not use SOC codes:`,
    '',
    ...e.sameMinorGroup.map((s) => `- ${s.predictor}: ${f(s.share)}`),
    '',
  ];
  if (parsed.values.encoder) out.push(...(await encoderComparison(inputs)));
  process.stdout.write(out.join('\n'));
  process.stderr.write(`evaluated ${e.occupations} occupations in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
} finally {
  await db.close();
}
