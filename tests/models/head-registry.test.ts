import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeModel, loadModel, MODELS_DIR, type ExposureModel } from '../../lib/models/artifact';
import { selectBackend } from '../../lib/models/backend';
import { encodeTasks } from '../../lib/models/features';
import { headByName, TASK_HEADS, type HeadSpec } from '../../lib/models/heads';
import { predictMember } from '../../lib/models/predict';
import { scoreAll } from '../../lib/models/score';
import { buildVocab, vocabIndex } from '../../lib/models/tokenizer';
import { trainMember } from '../../lib/models/train-encoder';
import { fixtureTasks, TEST_CONFIG } from './fixtures';
import { REGISTRY_ARTIFACT, REGISTRY_OCCUPATIONS, REGISTRY_TASKS } from './registry-input';

let committed: ExposureModel;
beforeAll(async () => {
  await selectBackend('wasm', true);
  committed = await loadModel(path.join(MODELS_DIR, REGISTRY_ARTIFACT));
});
afterAll(() => disposeModel(committed));

describe('model heads by name', () => {
  it('the committed checkpoint scores a hand-written task list exactly as before the registry (fixture made before the refactor)', () => {
    const expected = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'registry-scores.json'), 'utf8'));
    expect(scoreAll(committed, REGISTRY_TASKS, REGISTRY_OCCUPATIONS)).toEqual(expected);
  });

  it('reads outputs by layer name: a registry listed in another order gives the same outputs per head', () => {
    const encoded = encodeTasks(
      REGISTRY_TASKS,
      committed.vocab,
      vocabIndex(committed.vocab),
      committed.config.titleLen,
    );
    const member = committed.members[0]!;
    const inOrder = predictMember(member, encoded);
    const reversed = predictMember(member, encoded, 1024, undefined, [...TASK_HEADS].reverse());
    expect(reversed.exposure).toEqual(inOrder.exposure);
    expect(reversed.automation).toEqual(inOrder.automation);
    expect(inOrder.exposure[0]).toHaveLength(headByName('exposure').classes.length);
    expect(() =>
      predictMember(member, encoded, 1024, undefined, [{ ...headByName('exposure'), name: 'missing' }]),
    ).toThrow(/no output named missing/);
  });

  it('adding a head is one entry: a new head is built, trained on its target and predicted by name', async () => {
    const tasks = fixtureTasks(40).map((t, i) => ({ ...t, humanAutomation: i % 4 }));
    const extra: HeadSpec = {
      name: 'human_automation',
      classes: ['H0', 'H1', 'H2', 'H3'],
      initOffset: 9,
      target: (t) => t.humanAutomation,
      metric: 'accuracy',
      expected: (p) => p.reduce((s, v, k) => s + (v * k) / 3, 0),
      store: () => ({}),
    };
    const heads = [...TASK_HEADS, extra];
    const vocab = buildVocab(
      tasks.map((t) => `${t.text} ${t.title}`),
      { minCount: 1, maxLen: 10 },
    );
    const encoded = encodeTasks(tasks, vocab, vocabIndex(vocab), TEST_CONFIG.titleLen);
    const config = { ...TEST_CONFIG, epochs: 1, patience: 1 };
    const rows = tasks.map((_, i) => i);
    const { encoder } = await trainMember({
      config,
      seed: 3,
      vocabSize: vocab.tokens.length,
      maxLen: vocab.maxLen,
      tasks,
      encoded,
      trainRows: rows,
      valRows: rows,
      heads,
    });
    expect(encoder.train.outputNames).toEqual(['exposure', 'automation', 'human_automation']);
    const out = predictMember(encoder.full, encoded, 16, undefined, heads) as unknown as Record<string, number[][]>;
    expect(out.human_automation).toHaveLength(tasks.length);
    expect(out.human_automation![0]).toHaveLength(4);
    for (const p of out.human_automation!) expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(out.exposure![0]).toHaveLength(3);
    encoder.full.dispose();
  });
});
