import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tf from '../../lib/models/tf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeModel, listArtifacts, loadModel, MODELS_DIR, saveModel } from '../../lib/models/artifact';
import { selectBackend } from '../../lib/models/backend';
import { encodeTasks } from '../../lib/models/features';
import { predictMember } from '../../lib/models/predict';
import { scoreAll } from '../../lib/models/score';
import { vocabIndex } from '../../lib/models/tokenizer';
import { trainMember } from '../../lib/models/train-encoder';
import { buildVocab } from '../../lib/models/tokenizer';
import { fixtureTasks, TEST_CONFIG, untrainedModel } from './fixtures';

const tasks = fixtureTasks(50);
const dirs: string[] = [];

beforeAll(async () => {
  await selectBackend('wasm', true);
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function trainFixture(seed: number, epochs: number) {
  const vocab = buildVocab(
    tasks.map((t) => `${t.text} ${t.title}`),
    { minCount: 1, maxLen: 10 },
  );
  const encoded = encodeTasks(tasks, vocab, vocabIndex(vocab), TEST_CONFIG.titleLen);
  const config = { ...TEST_CONFIG, epochs, patience: epochs, learningRate: 0.02, dropout: 0 };
  return trainMember({
    config,
    seed,
    vocabSize: vocab.tokens.length,
    maxLen: vocab.maxLen,
    tasks,
    encoded,
    trainRows: tasks.map((_, i) => i),
    valRows: [],
  });
}

describe('task encoder', () => {
  it('outputs exposure (3), automation (5), token attention (maxLen) and task vector shapes', () => {
    const model = untrainedModel(tasks);
    const encoded = encodeTasks(tasks, model.vocab, vocabIndex(model.vocab), TEST_CONFIG.titleLen);
    const out = predictMember(model.members[0]!, encoded, 16);
    expect(out.exposure).toHaveLength(50);
    expect(out.exposure[0]).toHaveLength(3);
    expect(out.automation[0]).toHaveLength(5);
    expect(out.attention[0]).toHaveLength(model.vocab.maxLen);
    expect(out.vectors[0]).toHaveLength(TEST_CONFIG.denseUnits);
    for (const p of out.exposure) expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    // attention ignores padding: weights on real tokens sum to 1
    out.attention.forEach((w, i) => {
      expect(w.slice(0, encoded.tokens[i]!.length).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    });
    disposeModel(model);
  });

  it('overfits 50 examples: training loss falls below 0.3', async () => {
    const { encoder, epochs } = await trainFixture(3, 40);
    expect(epochs[0]!.trainLoss).toBeGreaterThan(1);
    expect(Math.min(...epochs.map((e) => e.trainLoss))).toBeLessThan(0.3);
    encoder.full.dispose();
  });

  it('gives identical weights for the same seed and different ones for another seed', async () => {
    const weights = async (seed: number) => {
      const { encoder } = await trainFixture(seed, 2);
      const values = encoder.full.getWeights().map((w) => Array.from(w.dataSync()));
      encoder.full.dispose();
      return values;
    };
    const a = await weights(11);
    expect(await weights(11)).toEqual(a);
    expect(await weights(12)).not.toEqual(a);
  });
});

describe('artifact and scoring', () => {
  it('round-trips through save/load with identical predictions', async () => {
    const model = untrainedModel(tasks);
    const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-model-'));
    dirs.push(dir);
    await saveModel(model, dir);
    const loaded = await loadModel(dir);
    const occupations = [{ code: '99-9999.00', title: 'Taskless', description: 'Write reports' }];
    expect(scoreAll(loaded, tasks, occupations)).toEqual(scoreAll(model, tasks, occupations));
    expect(loaded.vocab).toEqual(model.vocab);
    expect(loaded.heads).toEqual(model.heads);
    disposeModel(model);
    disposeModel(loaded);
  });

  it('leaks no tensors while scoring and scores every task and occupation', () => {
    const model = untrainedModel(tasks);
    scoreAll(model, tasks.slice(0, 3), []); // warm-up: lazy weight initialisation is not a leak
    const before = tf.memory().numTensors;
    const occupations = [...new Set(tasks.map((t) => t.code))].map((code) => ({ code, title: 't', description: 'd' }));
    const out = scoreAll(model, tasks, [
      ...occupations,
      { code: '99-9999.00', title: 'Taskless', description: 'Lift boxes' },
    ]);
    expect(tf.memory().numTensors).toBe(before);
    expect(out.tasks).toHaveLength(50);
    expect(out.occupations).toHaveLength(occupations.length + 1);
    expect(out.occupations.find((o) => o.code === '99-9999.00')?.nTasks).toBe(0);
    for (const o of out.occupations) {
      expect(o.exposure).toBeGreaterThanOrEqual(o.exposureLow);
      expect(o.exposure).toBeLessThanOrEqual(o.exposureHigh);
    }
    for (const t of out.tasks) expect(t.topTokens.length).toBeGreaterThan(0);
    disposeModel(model);
  });

  it('loads the committed artifact and scores tasks and a taskless occupation without training', async () => {
    const version = listArtifacts()[0];
    expect(version, 'a trained artifact is committed under models/').toBeDefined();
    const model = await loadModel(path.join(MODELS_DIR, version!));
    expect(model.members).toHaveLength(model.config.ensemble);
    const out = scoreAll(model, tasks.slice(0, 10), [
      {
        code: '99-9999.00',
        title: 'Data Entry Keyers',
        description: 'Operate data entry device to enter data into computer.',
      },
    ]);
    expect(out.tasks).toHaveLength(10);
    expect(out.occupations).toHaveLength(3);
    const lift = out.tasks.find((t) => t.taskId === 1000)!; // "Lift and carry heavy boxes onto trucks"
    const write = out.tasks.find((t) => t.taskId === 1005)!; // "Write summaries of meeting notes"
    expect(write.exposure).toBeGreaterThan(lift.exposure);
    disposeModel(model);
  });
});
