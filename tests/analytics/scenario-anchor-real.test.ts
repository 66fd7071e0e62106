import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '@/lib/analytics/scenario/inputs';
import { env, sharedDataDir } from '@/lib/env';

const dir = sharedDataDir();
if (!dir && env.CI) throw new Error('CI needs ../shared/data (or DATA_DIR) for the scenario anchor check');

const rows = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(dir as string, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe.skipIf(!dir)('real data: the "observed so far" preset rests on the numbers its source states', () => {
  it('observed_exposure over the 756 SOC codes of job_exposure.csv, weighted by OEWS May 2024 employment, is 13.2% of task time', () => {
    const observed = rows('ai_exposure/anthropic_economic_index/labor_market_impacts/job_exposure.csv');
    const employment = new Map(
      rows('bls/oews_national/oews_national_M2024.csv')
        .filter((r) => r.O_GROUP === 'detailed' && Number.isFinite(Number(r.TOT_EMP)))
        .map((r) => [r.OCC_CODE!, Number(r.TOT_EMP)]),
    );
    const matched = observed.filter((r) => employment.has(r.occ_code!));
    expect(observed).toHaveLength(756);
    expect(matched).toHaveLength(756);
    const total = matched.reduce((s, r) => s + employment.get(r.occ_code!)!, 0);
    const weighted =
      matched.reduce((s, r) => s + employment.get(r.occ_code!)! * Number(r.observed_exposure), 0) / total;
    expect(weighted).toBeCloseTo(0.132, 3);
    // The preset states the figure it uses and sets adoption to 13.2 / 31.4 (the model's same-weighted mean, from the database).
    const preset = PRESETS.find((p) => p.id === 'observed')!;
    expect(preset.sources.adoption).toContain('13.2%');
    expect(preset.inputs.adoption).toBe(Math.round((13.2 / 31.4) * 100));
  });
});
