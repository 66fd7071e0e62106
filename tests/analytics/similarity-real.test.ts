import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimilarityInput } from '@/lib/analytics/similarity/components';
import { buildSimilarityIndex, type SimilarityIndex } from '@/lib/analytics/similarity/combine';
import { evaluateSimilarity, type SimilarityEvaluation } from '@/lib/analytics/similarity/report';
import type { Db } from '@/lib/db/client';
import { readSimilarityInputs } from '@/lib/db/queries/similarity';
import { env, sharedDataDir } from '@/lib/env';
import { runIngest } from '@/lib/ingest/run';
import { freshDb } from '../helpers/db';

const dir = sharedDataDir();
if (!dir && env.CI) throw new Error('CI needs ../shared/data (or DATA_DIR) for the real-data similarity test');

describe.skipIf(!dir)('occupation similarity on the real O*NET 30.1 data (skipped without ../shared/data)', () => {
  let db: Db;
  let inputs: SimilarityInput[];
  let index: SimilarityIndex;
  let evaluation: SimilarityEvaluation;
  beforeAll(async () => {
    db = await freshDb('pglite');
    const report = await runIngest(db, { dir: dir as string, sources: ['onet-30.1'] });
    expect(report.files.filter((f) => f.status === 'failed')).toEqual([]);
    inputs = await readSimilarityInputs(db);
    index = buildSimilarityIndex(inputs);
    evaluation = evaluateSimilarity(inputs, 10);
  }, 300_000);
  afterAll(async () => db?.close());

  it('discriminates: the 10th nearest occupation is clearly less similar than the 1st, unlike the raw cosine', () => {
    expect(inputs).toHaveLength(1016);
    const [combined, raw] = evaluation.spread;
    expect(combined!.occupations).toBe(1016);
    expect(combined!.first - combined!.kth).toBeGreaterThan(0.1); // measured 0.576 vs 0.422
    expect(combined!.first).toBeLessThan(0.9);
    expect(raw!.first).toBeGreaterThan(0.98); // the old measure: nearly everything is ~0.99 …
    expect(raw!.first - raw!.kth).toBeLessThan(0.02); // … with no gap between the 1st and the 10th
  });

  it('finds the neighbours of a component it did not see better than the raw cosine and far better than chance', () => {
    const row = (heldOut: string, predictor: string) =>
      evaluation.heldOut.find((h) => h.heldOut === heldOut && h.predictor.startsWith(predictor))!;
    for (const left of ['tasks', 'activities']) {
      expect(row(left, `combined without ${left}`).overlap, left).toBeGreaterThan(row(left, 'baseline').overlap + 0.05);
      expect(row(left, `combined without ${left}`).overlap, left).toBeGreaterThan(10 * row(left, 'chance').overlap);
    }
    expect(row('skills', 'combined without skills').overlap).toBeGreaterThan(10 * row('skills', 'chance').overlap);
  });

  it('puts nurses near nurses and clinicians, accountants near financial occupations', () => {
    const nurses = index.neighbours('29-1141.00', 10).map((n) => n.code);
    expect(nurses.every((c) => c.startsWith('29-1'))).toBe(true); // healthcare practitioners
    expect(nurses.slice(0, 4).every((c) => c.startsWith('29-1141.'))).toBe(true); // the nursing specialities first
    expect(index.neighbours('13-2011.00', 3).every((n) => n.code.startsWith('13-2'))).toBe(true); // financial specialists
  });
});
