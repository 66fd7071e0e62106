import { compareTaskText, evaluateSimilarity, type HeldOutRow } from '../../lib/analytics/similarity/report';
import { createDb, type Db } from '../../lib/db/client';
import { readScoringData } from '../../lib/db/model-data';
import { readSimilarityInputs } from '../../lib/db/queries/similarity';
import { env } from '../../lib/env';
import { disposeModel, listArtifacts, loadModel, MODELS_DIR } from '../../lib/models/artifact';
import { selectBackend } from '../../lib/models/backend';
import { occupationTaskVectors } from '../../lib/models/task-vectors';
import { CURRENT_ONET } from '../../lib/db/onet-release';

/** The `--encoder` table: task words vs the encoder's task vectors at finding activity and skill neighbours. */
async function encoderComparison(db: Db, inputs: Parameters<typeof compareTaskText>[0], k: number): Promise<string[]> {
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
      ...rows.map(
        (h) =>
          `| ${h.heldOut} | ${h.predictor} | ${h.overlap.toFixed(3)} | ${h.heldOutSimilarity.toFixed(3)} | ${h.occupations} |`,
      ),
      '',
    ];
  } finally {
    disposeModel(model);
  }
}

/** Prints the similarity evaluation tables (`taskshift evaluate-similarity`); resolves to the exit code. */
export async function runEvaluateSimilarity(args: { top: number; encoder: boolean }): Promise<number> {
  const k = args.top;
  const db = createDb({ url: env.DATABASE_URL });
  try {
    const started = performance.now();
    process.stderr.write(`reading O*NET ${CURRENT_ONET} occupations…\n`);
    const inputs = await readSimilarityInputs(db);
    if (inputs.length < k + 1)
      throw new Error(`only ${inputs.length} O*NET ${CURRENT_ONET} occupations: run \`npm run ingest\` first`);
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
      ...e.heldOut.map(
        (h) => `| ${h.heldOut} | ${h.predictor} | ${f(h.overlap)} | ${f(h.heldOutSimilarity)} | ${h.occupations} |`,
      ),
      '',
      `Share of the ${k} nearest in the same SOC minor group (e.g. 15-12), by similarities that do not use SOC codes:`,
      '',
      ...e.sameMinorGroup.map((s) => `- ${s.predictor}: ${f(s.share)}`),
      '',
    ];
    if (args.encoder) out.push(...(await encoderComparison(db, inputs, k)));
    process.stdout.write(out.join('\n'));
    process.stderr.write(
      `evaluated ${e.occupations} occupations in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
