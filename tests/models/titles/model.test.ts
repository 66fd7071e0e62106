import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tf from '../../../lib/models/tf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../../lib/models/backend';
import { loadTitleCoder, saveTitleCoder } from '../../../lib/models/titles/artifact';
import { codeTitles } from '../../../lib/models/titles/coder';
import { buildTitleNetwork, networkLogProbs } from '../../../lib/models/titles/network';
import { encodeSubwords } from '../../../lib/models/titles/subwords';
import { type TrainedTitles, trainTitleCoder } from '../../../lib/models/titles/pipeline';
import { fixtureCorpus, fixtureTitleConfig, writeFixtureOnet } from './fixture';

const config = fixtureTitleConfig();

describe('title coder network and artifact', () => {
  let trained: TrainedTitles;
  const dir = mkdtempSync(path.join(tmpdir(), 'titles-'));
  const dataRoot = writeFixtureOnet(mkdtempSync(path.join(tmpdir(), 'titles-data-')));
  beforeAll(async () => {
    await selectBackend('wasm', true);
    trained = await trainTitleCoder(fixtureCorpus(), config, 'titles-test');
  }, 120_000);
  afterAll(() => {
    trained?.coder.network.dispose();
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataRoot, { recursive: true, force: true });
  });

  it('maps [batch, maxLen] subword ids to one logit per occupation', () => {
    const net = buildTitleNetwork({
      vocabSize: 50,
      maxLen: 6,
      embedDim: 4,
      hidden: 8,
      classes: 7,
      dropout: 0,
      seed: 1,
    });
    const out = tf.tidy(() => net.predict(tf.zeros([3, 6], 'int32')) as tf.Tensor);
    expect(out.shape).toEqual([3, 7]);
    out.dispose();
    net.dispose();
  });

  it('codes titles it was not trained on to the right occupation, top 5 probabilities summing to at most 1', () => {
    const [java, nurse] = codeTitles(trained.coder, [
      { title: 'Sr. Java Developer II' },
      { title: 'Charge Nurse (Nights)' },
    ]);
    expect(java!.candidates[0]!.code).toBe('15-1252.00');
    expect(nurse!.candidates[0]!.code).toBe('29-1141.00');
    expect(java!.candidates).toHaveLength(4); // only four occupations in the fixture
    const total = java!.candidates.reduce((s, c) => s + c.probability, 0);
    expect(total).toBeLessThanOrEqual(1.0001);
    expect(java!.candidates[0]!.matchedTitle).toBe('Java Developer');
    expect(java!.normalised).toMatchObject({ seniority: 'senior', level: 2 });
  });

  it('lets a description move an ambiguous title towards the occupation whose tasks it resembles', () => {
    const [plain, described] = codeTitles(trained.coder, [
      { title: 'Specialist' },
      { title: 'Specialist', description: 'Administer medications to patients and monitor vital signs.' },
    ]);
    const nurse = (r: typeof plain) => r!.candidates.find((c) => c.code === '29-1141.00')!.probability;
    expect(nurse(described)).toBeGreaterThan(nurse(plain));
  });

  it('codes with the same log-probabilities as the layers model (inference reads its weights in plain JS)', () => {
    const ids = encodeSubwords(
      ['java developer', 'registered nurse icu', 'truck'],
      trained.coder.index,
      trained.coder.vocab.maxLen,
    );
    const fast = networkLogProbs(trained.coder.network, ids, 3, trained.coder.vocab.maxLen);
    const viaLayers = tf.tidy(() =>
      tf
        .logSoftmax(
          trained.coder.network.predict(tf.tensor2d(ids, [3, trained.coder.vocab.maxLen], 'int32')) as tf.Tensor,
        )
        .dataSync(),
    );
    expect(fast.length).toBe(viaLayers.length);
    fast.forEach((v, i) => {
      expect(v).toBeCloseTo(viaLayers[i]!, 4);
    });
  });

  it('trains deterministically: the same seed gives the same weights', async () => {
    const again = await trainTitleCoder(fixtureCorpus(), config, 'titles-test');
    const a = trained.coder.network.getWeights().map((w) => Array.from(w.dataSync()));
    const b = again.coder.network.getWeights().map((w) => Array.from(w.dataSync()));
    again.coder.network.dispose();
    expect(b).toEqual(a);
    expect(again.coder.blend).toEqual(trained.coder.blend);
  }, 60_000);

  it('does not leak tensors while coding', () => {
    codeTitles(trained.coder, [{ title: 'warm up' }]);
    const before = tf.memory().numTensors;
    codeTitles(trained.coder, [{ title: 'Truck Driver' }, { title: 'Auditor', description: 'Examine records.' }]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('saves under 5 MB and loads back with the same top codes and near-identical probabilities', async () => {
    await saveTitleCoder(trained.coder, dir, {
      retrieverRows: trained.retrieverRows,
      tasks: fixtureCorpus().tasks,
      split: config,
    });
    const size = readdirSync(dir).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);
    expect(size).toBeLessThan(5 * 1024 * 1024);
    const loaded = await loadTitleCoder(dir, dataRoot);
    expect(loaded.retrieverRows).toEqual(trained.retrieverRows);
    const inputs = [{ title: 'CDL-A Driver' }, { title: 'Senior Accountant' }, { title: 'RN - ICU' }];
    const a = codeTitles(trained.coder, inputs);
    const b = codeTitles(loaded, inputs);
    a.forEach((r, i) => {
      expect(b[i]!.candidates.map((c) => c.code)).toEqual(r.candidates.map((c) => c.code));
      expect(b[i]!.candidates[0]!.probability).toBeCloseTo(r.candidates[0]!.probability, 2);
    });
    loaded.network.dispose();
  });

  it('keeps no copy of the O*NET titles or tasks in the artifact, only their fingerprints', () => {
    expect(readdirSync(dir).sort()).toEqual(['coder.json', 'weights.bin']);
    const text = readFileSync(path.join(dir, 'coder.json'), 'utf8');
    for (const copied of ['Java Developer', 'Charge Nurse', 'Senior Accountant', 'Prepare financial statements'])
      expect(text).not.toContain(copied);
    const { trainingData } = JSON.parse(text).extra;
    expect(trainingData).toMatchObject({
      source: 'onet/v30_1',
      split: { seed: config.seed, devShare: 0, valShare: 0 },
      retrieverRows: { count: trained.retrieverRows.length },
      tasks: { count: 4 },
    });
    expect(trainingData.retrieverRows.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses to load, naming the folder, when the O*NET titles are missing', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'titles-nodata-'));
    await expect(loadTitleCoder(dir, empty)).rejects.toThrow(
      `the title coder needs O*NET 30.1 titles in ${path.join(empty, 'onet', 'v30_1')}: run npm run data:fetch or set DATA_DIR`,
    );
    rmSync(empty, { recursive: true, force: true });
  });

  it('refuses to load when the O*NET titles or tasks differ from those it was trained on', async () => {
    for (const [file, line, what] of [
      ['Alternate Titles.txt', '15-1252.00\tRust Developer\t\n', 'retrieverRows'],
      ['Task Statements.txt', '15-1252.00\tReview code.\n', 'tasks'],
    ] as const) {
      const changed = mkdtempSync(path.join(tmpdir(), 'titles-changed-'));
      cpSync(dataRoot, changed, { recursive: true });
      appendFileSync(path.join(changed, 'onet', 'v30_1', file), line);
      await expect(loadTitleCoder(dir, changed)).rejects.toThrow(
        new RegExp(`not what the title coder was trained on \\(${what}: .*retrain`),
      );
      rmSync(changed, { recursive: true, force: true });
    }
  });
});

describe('the committed title-coder artifacts', () => {
  const root = path.join(import.meta.dirname, '..', '..', '..', 'models');
  const artifacts = existsSync(root)
    ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'coder.json')))
    : [];
  it.skipIf(artifacts.length === 0)(
    'hold no copy of the O*NET titles or tasks (no *.json.gz; no alternate titles in coder.json)',
    () => {
      for (const version of artifacts) {
        expect(readdirSync(path.join(root, version)).filter((f) => f.endsWith('.gz'))).toEqual([]);
        const text = readFileSync(path.join(root, version, 'coder.json'), 'utf8');
        for (const copied of ['Java Developer', 'Charge Nurse', 'CDL Driver', 'Staff Accountant'])
          expect(text).not.toContain(copied);
        expect(JSON.parse(text).extra.trainingData.retrieverRows.sha256).toMatch(/^[0-9a-f]{64}$/);
      }
    },
  );
});

describe('listTitleCoders', () => {
  it('lists folders holding coder.json, newest trainedAt first, ignoring exposure artifacts', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { listTitleCoders } = await import('../../../lib/models/titles/artifact');
    const root = mkdtempSync(path.join(tmpdir(), 'titles-list-'));
    const make = (name: string, file: string, trainedAt?: string) => {
      mkdirSync(path.join(root, name));
      writeFileSync(path.join(root, name, file), '{}');
      if (trainedAt) writeFileSync(path.join(root, name, 'metrics.json'), JSON.stringify({ trainedAt }));
    };
    make('titles-s42-zzzz', 'coder.json', '2026-01-01T00:00:00Z');
    make('titles-s42-aaaa', 'coder.json', '2026-06-01T00:00:00Z');
    make('full-s42-1234', 'model.json', '2026-12-01T00:00:00Z');
    expect(listTitleCoders(root)).toEqual(['titles-s42-aaaa', 'titles-s42-zzzz']);
    rmSync(root, { recursive: true, force: true });
  });
});
