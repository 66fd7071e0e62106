import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createDb } from '../../lib/db/client';
import { readTrainingData } from '../../lib/db/model-data';
import { readExposureIndices } from '../../lib/db/queries/indices';
import { registerModelVersion } from '../../lib/db/scores';
import { env } from '../../lib/env';
import { assessModel } from '../../lib/models/assess';
import { disposeModel, listArtifacts, loadModel } from '../../lib/models/artifact';
import { METRICS_FILE } from '../../lib/models/artifact-files';
import { selectBackend } from '../../lib/models/backend';
import { correlateIndices } from '../../lib/models/indices';
import { writeEvaluation, type RunFacts } from '../../lib/models/publish';

/** Held-out evaluation of a saved model: metrics.json, report.md and the model record (`taskshift evaluate`); resolves to the exit code. */
export async function runEvaluate(args: { version?: string; dir: string }): Promise<number> {
  const version = args.version ?? env.MODEL_VERSION ?? listArtifacts(args.dir)[0];
  if (!version) throw new Error(`no model artifact under ${args.dir}`);
  const backend = await selectBackend();
  const dir = path.join(args.dir, version);
  const model = await loadModel(dir);
  const db = createDb({ url: env.DATABASE_URL });
  try {
    const data = await readTrainingData(db);
    if (data.dataVersions.labels !== model.dataVersions.labels) {
      process.stderr.write(
        `warning: labels in the database (${data.dataVersions.labels}) differ from those the model was trained on (${model.dataVersions.labels})\n`,
      );
    }
    const previous = existsSync(path.join(dir, METRICS_FILE))
      ? (JSON.parse(readFileSync(path.join(dir, METRICS_FILE), 'utf8')) as RunFacts)
      : undefined;
    const assessment = assessModel(model, data);
    const indices = correlateIndices(assessment.occupationScores, await readExposureIndices(db));
    const metrics = writeEvaluation(dir, model, assessment, {
      backend,
      trainedAt: previous?.trainedAt,
      trainingSeconds: previous?.trainingSeconds,
      split: previous?.split,
      epochs: previous?.epochs,
      headValMse: previous?.headValMse,
      prior: previous?.prior,
      indices,
    });
    await registerModelVersion(db, {
      version,
      kind: 'exposure-ensemble',
      params: model.config,
      metrics,
      dataVersions: model.dataVersions,
    });
    const t = assessment.test;
    console.log(
      `${version} on ${t.occupations} test occupations: accuracy ${t.model.task.accuracy} / macro-F1 ${t.model.task.macroF1} / Spearman ${t.model.occupation.spearman} / coverage ${t.model.occupation.coverage80}` +
        ` | baseline ${t.baseline.task.accuracy} / ${t.baseline.task.macroF1} / ${t.baseline.occupation.spearman} | GPT-4 ${t.gpt4.task.accuracy} / ${t.gpt4.task.macroF1} / ${t.gpt4.occupationFromTaskLabels.spearman} → ${path.join(dir, 'report.md')}`,
    );
    return 0;
  } finally {
    disposeModel(model);
    await db.close();
  }
}
