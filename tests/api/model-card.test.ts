import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as openapiRoute } from '@/app/api/openapi.json/route';
import { handleExport } from '@/lib/api/handlers';
import { handleModelCard } from '@/lib/api/model-handler';
import type { Db } from '@/lib/db/client';
import { listArtifacts, MODELS_DIR, readTitleCoderRecord } from '@/lib/models/artifact-files';
import { dbKinds, freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

const version = listArtifacts()[0]!;
const metrics = JSON.parse(readFileSync(path.join(MODELS_DIR, version, 'metrics.json'), 'utf8'));
const csv = async (db: Db, view: string) =>
  (await (await handleExport(`${view}.csv`, new Request(`http://localhost/api/export/${view}.csv`), db)).text())
    .trim()
    .split('\r\n');

describe.each(dbKinds)('GET /api/model and the model card CSVs on %s', (kind) => {
  let db: Db;
  const emptyModels = mkdtempSync(path.join(tmpdir(), 'no-models-'));
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => {
    rmSync(emptyModels, { recursive: true, force: true });
    await db?.close();
  });

  it('with nothing scored, describes the newest committed artifact as not current; with no artifact either, 404', async () => {
    const body = (await (await handleModelCard(db)).json()) as { version: string; current: boolean; source: string };
    expect(body).toMatchObject({ version, current: false, source: `models/${version}/metrics.json` });
    const none = await handleModelCard(db, emptyModels);
    expect(none.status).toBe(404);
    expect(((await none.json()) as { parameter: string }).parameter).toBe('model');
  });

  it('for a scored version with no artifact folder, falls back to the metrics recorded in the database', async () => {
    await seedFixture(db); // current model 'm1', metrics {"test":{"macroF1":0.61}}
    const body = (await (await handleModelCard(db)).json()) as {
      version: string;
      current: boolean;
      source: string;
      headline: { accuracy: number | null };
    };
    expect(body).toMatchObject({ version: 'm1', current: true, headline: { accuracy: null } });
    expect(body.source).toMatch(/database/);
  });

  it('for the scored committed artifact, answers its metrics file, and the CSVs carry the same rows', async () => {
    await db.execScript(
      `INSERT INTO model_version (version, kind, status, metrics, data_versions, scored_at) VALUES ('${version}','exposure-ensemble','ready','{}','{}','2026-06-01')`,
    );
    const res = await handleModelCard(db);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      version: string;
      headline: { accuracy: number; spearman: number; coverage80: number };
      confusion: number[][];
      ablation: { key: string; accuracy: number | null }[];
    };
    expect(body.version).toBe(version);
    expect(body.headline).toMatchObject({
      accuracy: metrics.test.model.task.accuracy,
      spearman: metrics.test.model.occupation.spearman,
      coverage80: metrics.test.model.occupation.coverage80,
    });
    expect(body.confusion).toEqual(metrics.test.model.task.confusion);

    const confusion = await csv(db, 'model-confusion');
    expect(confusion[0]).toBe('human_label,predicted_E0,predicted_E1,predicted_E2');
    expect(confusion[1]).toBe(`E0,${metrics.test.model.task.confusion[0].join(',')}`);
    const ablation = await csv(db, 'model-ablation');
    expect(ablation).toHaveLength(1 + body.ablation.length);
    expect(ablation[3]).toContain(
      `activityPrior,Work-activity prior alone,${metrics.test.tasks},${metrics.test.components.activityPrior.task.accuracy}`,
    );
    expect((await csv(db, 'model-reliability')).length - 1).toBe(metrics.test.model.task.reliability.length);
    const frey = metrics.indices.find((i: { name: string }) => i.name === 'frey_osborne_2013');
    expect(await csv(db, 'model-indices')).toContain(
      `frey_osborne_2013,Frey & Osborne probability of computerisation,${frey.n},${frey.spearman},${frey.pearson}`,
    );
    expect(await csv(db, 'model-summary')).toContain(`${version},training.splitSeed,42`);
    const coder = readTitleCoderRecord();
    const titleRows = await csv(db, 'model-title-coder');
    expect(titleRows[0]).toBe(
      'title_coder_version,matcher_key,matcher,held_out_titles,top1,top5,top1_soc,top5_soc,ece',
    );
    if (coder) {
      const v = (coder.metrics as { validation: { baseline: Record<string, number> } }).validation.baseline;
      expect(titleRows).toContain(
        `${coder.version},baseline,Baseline: TF-IDF nearest title,${v.titles},${v.top1},${v.top5},${v.top1Soc},${v.top5Soc},${v.ece}`,
      );
    } else expect(titleRows).toHaveLength(1);
  });
});

describe('OpenAPI document', () => {
  it('lists /api/model and the model card CSV views', async () => {
    const doc = (await (await openapiRoute()).json()) as {
      paths: Record<string, { get: { parameters?: { name: string; schema: { enum?: string[] } }[] } }>;
    };
    expect(doc.paths['/api/model']).toBeDefined();
    const views = doc.paths['/api/export/{view}.csv']!.get.parameters!.find((p) => p.name === 'view')!.schema.enum!;
    expect(views).toEqual(
      expect.arrayContaining([
        'model-summary',
        'model-ablation',
        'model-confusion',
        'model-reliability',
        'model-indices',
        'model-title-coder',
      ]),
    );
  });
});
