import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexLabel } from '@/lib/analytics/index-info';
import { buildModelCard } from '@/lib/analytics/model-card';
import { buildTitleCoderCard } from '@/lib/analytics/title-coder-card';
import { listArtifacts, MODELS_DIR, readTitleCoderRecord } from '@/lib/models/artifact-files';

const version = listArtifacts()[0]!;
const read = (name: string) => JSON.parse(readFileSync(path.join(MODELS_DIR, version, name), 'utf8'));
const metrics = read('metrics.json');
const config = read('config.json');
const card = buildModelCard({ version, source: `models/${version}/metrics.json`, current: true, metrics, config });

describe('model card view on the committed artifact', () => {
  it('shows the held-out task and occupation figures exactly as metrics.json records them', () => {
    const t = metrics.test;
    expect(card.headline).toEqual({
      occupations: t.occupations,
      tasks: t.tasks,
      accuracy: t.model.task.accuracy,
      macroF1: t.model.task.macroF1,
      ece: t.model.task.ece,
      spearman: t.model.occupation.spearman,
      pearson: t.model.occupation.pearson,
      mae: t.model.occupation.mae,
      coverage80: t.model.occupation.coverage80,
      meanWidth: t.model.occupation.meanWidth,
    });
    expect(card.confusion).toEqual(t.model.task.confusion);
    expect(card.reliability.map((b) => [b.low, b.high, b.tasks, b.confidence, b.accuracy])).toEqual(
      t.model.task.reliability.map((b: Record<string, number>) => [b.low, b.high, b.n, b.confidence, b.accuracy]),
    );
    expect(card.reliability.reduce((s, b) => s + b.tasks, 0)).toBe(t.tasks);
  });

  it('puts the network, the prior, the combination, the baseline and GPT-4 side by side on the same test occupations', () => {
    const t = metrics.test;
    const row = (key: string) => card.ablation.find((r) => r.key === key)!;
    expect(card.ablation.map((r) => r.key)).toEqual([
      'model',
      'neural',
      'activityPrior',
      'baseline',
      'gpt4Tasks',
      'gpt4Occupation',
    ]);
    expect([row('neural').accuracy, row('neural').spearman]).toEqual([
      t.components.neural.task.accuracy,
      t.components.neural.occupation.spearman,
    ]);
    expect([row('activityPrior').macroF1, row('activityPrior').pearson]).toEqual([
      t.components.activityPrior.task.macroF1,
      t.components.activityPrior.occupation.pearson,
    ]);
    expect([row('baseline').ece, row('baseline').mae]).toEqual([t.baseline.task.ece, t.baseline.occupation.mae]);
    expect([row('gpt4Tasks').accuracy, row('gpt4Tasks').spearman]).toEqual([
      t.gpt4.task.accuracy,
      t.gpt4.occupationFromTaskLabels.spearman,
    ]);
    expect(row('gpt4Tasks').ece).toBeNull(); // hard labels have no probabilities to calibrate
    expect([row('gpt4Occupation').tasks, row('gpt4Occupation').spearman]).toEqual([
      null,
      t.gpt4.occupationDvBeta.spearman,
    ]);
    for (const r of card.ablation) expect(r.occupations).toBe(t.occupations);
  });

  it('names each published index by its human name, with the recorded correlation', () => {
    expect(card.indices).toEqual(
      metrics.indices.map((i: { name: string; n: number; spearman: number; pearson: number }) => ({
        key: i.name,
        label: indexLabel(i.name),
        matched: i.n,
        spearman: i.spearman,
        pearson: i.pearson,
      })),
    );
    expect(card.indices.every((i) => typeof i.pearson === 'number')).toBe(true);
    expect(card.indices.find((i) => i.key === 'frey_osborne_2013')?.label).toBe(
      'Frey & Osborne probability of computerisation',
    );
  });

  it('records training data, split, seeds, version and date, and how to reproduce it', () => {
    expect(card.training).toMatchObject({
      trainedAt: metrics.trainedAt,
      configuration: config.name,
      splitSeed: config.seed,
      memberSeeds: '42, 43, 44',
      trainOccupations: metrics.split.train.occupations,
      testTasks: metrics.split.test.tasks,
      labelledTasks: config.dataVersions.labelledTasks,
      onetVersion: config.dataVersions.onetVersion,
      labelsHash: config.dataVersions.labels,
      priorWeight: metrics.prior.weight,
      validationSpearman: metrics.validation.model.occupation.spearman,
    });
    expect(card.reproduce.join('\n')).toContain(`npm run evaluate -- --version ${version}`);
    expect(card.limits.join(' ')).toMatch(/US occupations only.*O\*NET task statements.*2023 model capabilities/s);
  });

  it('leaves the title coder as a labelled empty slot, with no figures, while none is committed', () => {
    expect(card.titleCoder.available).toBe(false); // built above without a title-coder record
    if (card.titleCoder.available) return;
    expect(card.titleCoder.note).toMatch(/^Not yet available/);
    expect(Object.keys(card.titleCoder)).toEqual(['available', 'note']);
    expect(
      buildTitleCoderCard({ folder: 'models/x', metrics: { version: 'x', validation: { coder: { top1: 'n/a' } } } })
        .available,
    ).toBe(false);
  });

  it("shows a committed title coder's held-out figures beside its baseline, exactly as its metrics.json records them", () => {
    const record = readTitleCoderRecord();
    if (!record) return; // no title coder committed: the slot above is what the page shows
    const v = (record.metrics as { validation: Record<string, Record<string, number>> }).validation;
    const coder = buildModelCard({
      version,
      source: 's',
      current: true,
      metrics,
      config,
      titleCoder: record,
    }).titleCoder;
    expect(coder.available).toBe(true);
    if (!coder.available) return;
    expect(coder.source).toBe(`${record.folder}/metrics.json`);
    expect(coder.rows.map((r) => r.key)).toEqual(['coder', 'network', 'baseline']);
    for (const r of coder.rows)
      expect([r.titles, r.top1, r.top5, r.top1Soc, r.top5Soc, r.ece]).toEqual([
        v[r.key]!.titles,
        v[r.key]!.top1,
        v[r.key]!.top5,
        v[r.key]!.top1Soc,
        v[r.key]!.top5Soc,
        v[r.key]!.ece,
      ]);
    expect(coder.review).toEqual(v.review);
  });
});

describe('model card view on partial or malformed records', () => {
  it('shows what is recorded and marks the rest as not recorded, never throwing', () => {
    const partial = buildModelCard({
      version: 'v0',
      source: 'db',
      current: true,
      metrics: { test: { occupations: 3, tasks: 9, model: { task: { n: 9, accuracy: 'high' } } } },
      config: 7,
    });
    expect(partial.headline.occupations).toBe(3);
    expect(partial.headline.accuracy).toBeNull();
    expect(partial.confusion).toBeNull();
    expect(partial.reliability).toEqual([]);
    expect(partial.ablation).toEqual([]);
    expect(partial.training.splitSeed).toBeNull();
    expect(
      buildModelCard({ version: 'v0', source: 'db', current: false, metrics: null, config: null }).indices,
    ).toEqual([]);
    const older = buildModelCard({
      version: 'v0',
      source: 'db',
      current: true,
      metrics: { indices: [{ name: 'nesta_sml_risk', n: 12, spearman: 0.3 }] },
      config: {},
    });
    expect(older.indices).toEqual([
      {
        key: 'nesta_sml_risk',
        label: 'Nesta automation risk (machine-learning suitability)',
        matched: 12,
        spearman: 0.3,
        pearson: null,
      },
    ]);
  });
});
