import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '../lib/models/tf';
import { createDb } from '../lib/db/client';
import { readScoringData, readTrainingData } from '../lib/db/model-data';
import { env } from '../lib/env';
import { disposeModel, listArtifacts, loadModel, MODELS_DIR } from '../lib/models/artifact';
import { METRICS_FILE } from '../lib/models/artifact-files';
import { selectBackend } from '../lib/models/backend';
import { getConfig } from '../lib/models/config';
import { splitOccupations } from '../lib/models/data';
import { encodeTasks, inputTensors } from '../lib/models/features';
import { countProgress } from '../lib/models/progress';
import { scoreAll, scoreAllAsync } from '../lib/models/score';
import { buildVocab, chooseMaxLen, vocabIndex } from '../lib/models/tokenizer';
import { trainExposureModel } from '../lib/models/train';
import { trainMember } from '../lib/models/train-encoder';

/**
 * `npm run bench:model [-- --train | --scoring-only] [--cpu-sample N]`: training throughput (one epoch of the full
 * config on 2,048 training sequences), full training time (the artifact's measured time, or a
 * fresh full run with --train), the floor (the backend's bare forward pass), where scoring's time
 * goes, scoring time for every O*NET 30.1 task and occupation in one thread and in worker threads
 * (as a ratio to the floor), peak RSS, and the pure-JS cpu backend's speed on a sample.
 */
const { values } = parseArgs({
  options: {
    train: { type: 'boolean' },
    'cpu-sample': { type: 'string', default: '300' },
    version: { type: 'string' },
    'scoring-only': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(
    [
      'npm run bench:model [-- --train | --scoring-only] [--cpu-sample N] [--version V]',
      '',
      "Training throughput and time, the floor (the backend's bare forward pass), scoring every task and occupation",
      'in one thread and in worker threads as a ratio to the floor, peak RSS, and the pure-JS cpu backend on a sample.',
      "  --train         run a fresh full training instead of reading the artifact's measured time",
      '  --scoring-only  only the floor and scoring',
      '  --cpu-sample N  tasks scored on the pure-JS cpu backend (default 300)',
      '  --version V     model artifact under models/ (default MODEL_VERSION or the newest)',
    ].join('\n'),
  );
  process.exit(0);
}
const version = values.version ?? env.MODEL_VERSION ?? listArtifacts()[0];
if (!version) throw new Error('no model artifact under models/: run `npm run train` first');
const backend = await selectBackend();
const db = createDb({ url: env.DATABASE_URL });
const line = (label: string, value: string) => console.log(`${label.padEnd(34)} ${value}`);
try {
  const training = await readTrainingData(db);
  let started = performance.now();
  const scoring = await readScoringData(db);
  const readSeconds = (performance.now() - started) / 1000;
  if (!training.tasks.length || !scoring.tasks.length)
    throw new Error('the database has no tasks: run `npm run ingest` first');
  const config = getConfig('full');
  const dir = path.join(MODELS_DIR, version);

  line('backend', backend);
  // Training throughput: one epoch over 2,048 training-split sequences with the full configuration.
  if (!values['scoring-only']) await benchTraining();
  async function benchTraining() {
    const split = splitOccupations(
      training.tasks.map((t) => t.code),
      config.seed,
      config.trainFraction,
      config.valFraction,
    );
    const rows = training.tasks.flatMap((t, i) => (split.get(t.code) === 'train' ? [i] : [])).slice(0, 2048);
    const maxLen = chooseMaxLen(rows.map((i) => training.tasks[i]!.text));
    const vocab = buildVocab(
      rows.map((i) => training.tasks[i]!.text),
      { maxSize: config.maxVocab, maxLen },
    );
    const encoded = encodeTasks(training.tasks, vocab, vocabIndex(vocab), config.titleLen);
    started = performance.now();
    const { encoder } = await trainMember({
      config: { ...config, epochs: 1 },
      seed: 1,
      vocabSize: vocab.tokens.length,
      maxLen,
      tasks: training.tasks,
      encoded,
      trainRows: rows,
      valRows: [],
    });
    const trainRate = rows.length / ((performance.now() - started) / 1000);
    encoder.full.dispose();
    line('training throughput', `${trainRate.toFixed(0)} seq/s (${rows.length} seqs, 1 epoch, full config)`);
    if (values.train) {
      started = performance.now();
      const result = await trainExposureModel(training, config, 'bench');
      line('full training (measured now)', `${((performance.now() - started) / 1000).toFixed(0)} s`);
      disposeModel(result.model);
    } else {
      const metrics = (await import(path.join(dir, METRICS_FILE), { with: { type: 'json' } })).default as {
        trainingSeconds?: number;
      };
      line(
        'full training (artifact, measured)',
        `${metrics.trainingSeconds?.toFixed(0) ?? '?'} s (re-measure with --train)`,
      );
    }
  }

  const model = await loadModel(dir);
  const withTasks = new Set(scoring.tasks.map((t) => t.code));
  const all = scoring.tasks.length + scoring.occupations.filter((o) => !withTasks.has(o.code)).length;
  const passes = all * model.members.length;

  // The floor: the backend's bare forward pass (member 0 over every task, input tensors built beforehand, batch 256, outputs read back).
  const floorEncoded = encodeTasks(scoring.tasks, model.vocab, vocabIndex(model.vocab), model.config.titleLen);
  const floorInputs = Array.from({ length: Math.ceil(floorEncoded.text.length / 256) }, (_, b) =>
    inputTensors(floorEncoded, b * 256, Math.min(floorEncoded.text.length, (b + 1) * 256)),
  );
  for (const t of model.members[0]!.predict(floorInputs[0]!, { batchSize: 256 }) as tf.Tensor[]) t.dispose(); // warm-up, untimed
  const floorCpu0 = process.cpuUsage();
  started = performance.now();
  for (const inputs of floorInputs)
    for (const t of model.members[0]!.predict(inputs, { batchSize: 256 }) as tf.Tensor[]) {
      t.dataSync();
      t.dispose();
    }
  const floorRate = floorEncoded.text.length / ((performance.now() - started) / 1000);
  const floorCpuUsage = process.cpuUsage(floorCpu0);
  // CPU seconds do not depend on what else the machine runs: the floor and the run compared as CPU time too
  const floorCpuSeconds = passes / (floorEncoded.text.length / ((floorCpuUsage.user + floorCpuUsage.system) / 1e6));
  for (const t of floorInputs.flat()) t.dispose();
  const floorSeconds = passes / floorRate;

  // Where the time goes, from the in-process run's own progress: before the first pass (tokenising + padding), the
  // members' forward passes (incl. input tensors, tf.tidy, reading outputs back), after the last pass (prior mix,
  // occupation attention, rows). CPU seconds include worker threads, so they say what an idle machine would take.
  const timed = async (workers: number) => {
    const bar = countProgress(`bench scoring, ${workers} thread${workers > 1 ? 's' : ''}`, 'task passes');
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let firstPass = 0;
    let lastPass = 0;
    const rows = await scoreAllAsync(
      model,
      scoring.tasks,
      scoring.occupations,
      (done, total) => {
        bar.update(done, total);
        if (done === 0) firstPass = performance.now();
        if (done === total) lastPass = performance.now();
      },
      scoring.activityTitles,
      workers,
    );
    const end = performance.now();
    bar.stop();
    const cpu = process.cpuUsage(cpu0);
    return {
      rows,
      seconds: (end - t0) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      stages: [firstPass - t0, lastPass - firstPass, end - lastPass].map((ms) => ms / 1000),
    };
  };
  const single = await timed(1);
  const workers = Math.min(4, availableParallelism());
  const parallel = workers > 1 ? await timed(workers) : single;
  if (JSON.stringify(parallel.rows) !== JSON.stringify(single.rows))
    throw new Error('worker-thread scoring differs from in-process scoring');
  const scoreSeconds = single.seconds;
  line(
    'floor: bare forward pass',
    `${floorRate.toFixed(0)} seq/s on ${backend}, one thread (${passes} task passes ≈ ${floorSeconds.toFixed(1)} s wall, ${floorCpuSeconds.toFixed(1)} CPU s)`,
  );
  const [encodeS, forwardS, combineS] = single.stages.map((x) => x.toFixed(1));
  line(
    'profile (one thread)',
    `read DB ${readSeconds.toFixed(1)} s, tokenise+pad ${encodeS} s, forward passes ${forwardS} s, prior+occupations+rows ${combineS} s`,
  );
  line(
    'scoring all tasks + occupations',
    `${single.seconds.toFixed(1)} s in one thread (${single.cpuSeconds.toFixed(1)} CPU s) = ${(single.seconds / floorSeconds).toFixed(2)}× the floor wall, ${(single.cpuSeconds / floorCpuSeconds).toFixed(2)}× in CPU s (${single.rows.tasks.length} tasks, ${single.rows.occupations.length} occupations, ${model.members.length} members)`,
  );
  line(
    `  with ${workers} worker threads`,
    `${parallel.seconds.toFixed(1)} s (${parallel.cpuSeconds.toFixed(1)} CPU s, ≈ ${(parallel.cpuSeconds / workers).toFixed(1)} s on ${workers} idle cores) = ${(parallel.seconds / floorSeconds).toFixed(2)}× the one-thread floor; same rows (target ≤ 30 s)`,
  );
  line('load average (1 min) at the end', `${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);

  const sample = scoring.tasks.slice(0, Number(values['cpu-sample']));
  started = performance.now();
  scoreAll(model, sample, []);
  const defaultSample = (performance.now() - started) / 1000;
  disposeModel(model);
  await tf.setBackend('cpu');
  const cpuModel = await loadModel(dir);
  started = performance.now();
  scoreAll(cpuModel, sample, []);
  const cpuSample = (performance.now() - started) / 1000;
  disposeModel(cpuModel);
  line(
    `cpu backend on ${sample.length} tasks`,
    `${cpuSample.toFixed(1)} s vs ${defaultSample.toFixed(2)} s on ${backend}: ${(cpuSample / defaultSample).toFixed(1)}× slower (≈ ${((scoreSeconds * cpuSample) / defaultSample).toFixed(0)} s for everything)`,
  );
  line('peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await db.close();
}
