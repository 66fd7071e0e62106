import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { createDb } from '../lib/db/client';
import { readScoringData, readTrainingData } from '../lib/db/model-data';
import { env } from '../lib/env';
import { disposeModel, listArtifacts, loadModel, MODELS_DIR } from '../lib/models/artifact';
import { selectBackend } from '../lib/models/backend';
import { getConfig } from '../lib/models/config';
import { splitOccupations } from '../lib/models/data';
import { encodeTasks } from '../lib/models/features';
import { scoreAll } from '../lib/models/score';
import { buildVocab, chooseMaxLen, vocabIndex } from '../lib/models/tokenizer';
import { trainExposureModel } from '../lib/models/train';
import { trainMember } from '../lib/models/train-encoder';

/**
 * `npm run bench:model [-- --train] [--cpu-sample N]`: training throughput (one epoch of the full
 * config on 2,048 training sequences), full training time (the artifact's measured time, or a
 * fresh full run with --train), scoring time for every O*NET 30.1 task and occupation, peak RSS,
 * and the pure-JS cpu backend's scoring speed on a sample as a ratio to the default backend.
 */
const { values } = parseArgs({ options: { train: { type: 'boolean' }, 'cpu-sample': { type: 'string', default: '300' }, version: { type: 'string' } } });
const version = values.version ?? env.MODEL_VERSION ?? listArtifacts()[0];
if (!version) throw new Error('no model artifact under models/: run `npm run train` first');
const backend = await selectBackend();
const db = createDb({ url: env.DATABASE_URL });
const line = (label: string, value: string) => console.log(`${label.padEnd(34)} ${value}`);
try {
  const training = await readTrainingData(db);
  const scoring = await readScoringData(db);
  if (!training.tasks.length || !scoring.tasks.length) throw new Error('the database has no tasks: run `npm run ingest` first');
  const config = getConfig('full');

  // Training throughput: one epoch over 2,048 training-split sequences with the full configuration.
  const split = splitOccupations(training.tasks.map((t) => t.code), config.seed, config.trainFraction, config.valFraction);
  const rows = training.tasks.flatMap((t, i) => (split.get(t.code) === 'train' ? [i] : [])).slice(0, 2048);
  const maxLen = chooseMaxLen(rows.map((i) => training.tasks[i]!.text));
  const vocab = buildVocab(rows.map((i) => training.tasks[i]!.text), { maxSize: config.maxVocab, maxLen });
  const encoded = encodeTasks(training.tasks, vocab, vocabIndex(vocab), config.titleLen);
  let started = performance.now();
  const { encoder } = await trainMember({ config: { ...config, epochs: 1 }, seed: 1, vocabSize: vocab.tokens.length, maxLen, tasks: training.tasks, encoded, trainRows: rows, valRows: [] });
  const trainRate = rows.length / ((performance.now() - started) / 1000);
  encoder.full.dispose();
  line('backend', backend);
  line('training throughput', `${trainRate.toFixed(0)} seq/s (${rows.length} seqs, 1 epoch, full config)`);

  const dir = path.join(MODELS_DIR, version);
  if (values.train) {
    started = performance.now();
    const result = await trainExposureModel(training, config, 'bench');
    line('full training (measured now)', `${((performance.now() - started) / 1000).toFixed(0)} s`);
    disposeModel(result.model);
  } else {
    const metrics = (await import(path.join(dir, 'metrics.json'), { with: { type: 'json' } })).default as { trainingSeconds?: number };
    line('full training (artifact, measured)', `${metrics.trainingSeconds?.toFixed(0) ?? '?'} s (re-measure with --train)`);
  }

  const model = await loadModel(dir);
  started = performance.now();
  const scored = scoreAll(model, scoring.tasks, scoring.occupations);
  const scoreSeconds = (performance.now() - started) / 1000;
  line('scoring all tasks + occupations', `${scoreSeconds.toFixed(1)} s (${scored.tasks.length} tasks, ${scored.occupations.length} occupations, ${model.members.length} members)`);

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
  line(`cpu backend on ${sample.length} tasks`, `${cpuSample.toFixed(1)} s vs ${defaultSample.toFixed(2)} s on ${backend}: ${(cpuSample / defaultSample).toFixed(1)}× slower (≈ ${((scoreSeconds * cpuSample) / defaultSample).toFixed(0)} s for everything)`);
  line('peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await db.close();
}
