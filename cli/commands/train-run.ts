import { createHash } from 'node:crypto';
import path from 'node:path';
import { createDb } from '../../lib/db/client';
import { readTrainingData } from '../../lib/db/model-data';
import { readExposureIndices } from '../../lib/db/queries/indices';
import { registerModelVersion } from '../../lib/db/scores';
import { env } from '../../lib/env';
import { assessModel } from '../../lib/models/assess';
import { saveModel } from '../../lib/models/artifact';
import { selectBackend } from '../../lib/models/backend';
import { getConfig } from '../../lib/models/config';
import { correlateIndices } from '../../lib/models/indices';
import { progressBar } from '../../lib/models/progress';
import { writeEvaluation } from '../../lib/models/publish';
import { trainExposureModel } from '../../lib/models/train';

/** Trains, evaluates, saves and records a model (`taskshift train`); resolves to the exit code. */
export async function runTrain(args: { config: string; version?: string; out: string }): Promise<number> {
  const config = getConfig(args.config);
  const backend = await selectBackend();
  const db = createDb({ url: env.DATABASE_URL });
  try {
    const data = await readTrainingData(db);
    if (data.tasks.length === 0) throw new Error('no labelled tasks in the database: run `npm run ingest` first');
    // The version names the inputs (labels, activity links) and the settings, so a changed model never reuses a name.
    const inputs = createHash('sha256')
      .update(
        `${String(data.dataVersions.labels)}|${String(data.dataVersions.activityLinks)}|${JSON.stringify(config)}`,
      )
      .digest('hex');
    const version = args.version ?? `${config.name}-s${config.seed}-${inputs.slice(0, 8)}`;
    process.stderr.write(`training ${version}: ${data.tasks.length} labelled tasks, ensemble of ${config.ensemble}\n`);
    const bar = progressBar(
      'member {member} epoch {epoch} |{bar}| {percentage}% loss {loss} | {last} | ETA {eta_formatted}',
    );
    const started = Date.now();
    let last = '';
    const result = await trainExposureModel(data, config, version, {
      onMemberStart: (k, of) => bar.start(1, 0, { member: `${k + 1}/${of}`, epoch: 1, loss: '-', last }),
      onBatch: (_k, epoch, done, total, loss) => {
        bar.setTotal(total);
        bar.update(done, { epoch: `${epoch}/${config.epochs}`, loss: loss.toFixed(3) });
      },
      onEpoch: (_k, r) => {
        last = `val loss ${r.valLoss.toFixed(3)} acc ${r.valAccuracy.toFixed(3)}${r.improved ? ' *' : ''} (${r.seconds.toFixed(0)} s)`;
        bar.update({ last });
        if (!process.stderr.isTTY)
          process.stderr.write(`member ${_k + 1} epoch ${r.epoch}: train loss ${r.trainLoss.toFixed(3)}, ${last}\n`);
        if (r.epoch === config.epochs) bar.stop();
      },
      onStage: (stage) => {
        bar.stop();
        process.stderr.write(`${stage}…\n`);
      },
    });
    const trainingSeconds = (Date.now() - started) / 1000;
    const dir = path.join(args.out, version);
    await saveModel(result.model, dir);
    const assessment = assessModel(result.model, data);
    const indices = correlateIndices(assessment.occupationScores, await readExposureIndices(db));
    const metrics = writeEvaluation(dir, result.model, assessment, {
      backend,
      trainedAt: new Date().toISOString(),
      trainingSeconds,
      split: result.split,
      epochs: result.epochs,
      headValMse: result.headValMse,
      prior: result.prior,
      indices,
    });
    await registerModelVersion(db, {
      version,
      kind: 'exposure-ensemble',
      params: config,
      metrics,
      dataVersions: data.dataVersions,
    });
    const t = assessment.test;
    console.log(
      `trained ${version} in ${trainingSeconds.toFixed(0)} s → ${dir}: test accuracy ${t.model.task.accuracy} (baseline ${t.baseline.task.accuracy}, GPT-4 ${t.gpt4.task.accuracy}), ` +
        `Spearman ${t.model.occupation.spearman} (baseline ${t.baseline.occupation.spearman}, GPT-4 ${t.gpt4.occupationFromTaskLabels.spearman}), coverage ${t.model.occupation.coverage80}`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
