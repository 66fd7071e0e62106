import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { env, sharedDataDir } from '../../../lib/env';
import { oewsSpec, type OewsRow } from '../../../lib/ingest/sources/bls-oews';
import { oewsIndustrySpecs, type OewsIndustryRow } from '../../../lib/ingest/sources/bls-oews-industry';
import { readWithSpec } from './read';

const dataDir = sharedDataDir();
if (!dataDir && env.CI) throw new Error('CI needs ../shared/data (or DATA_DIR) for the real OEWS industry file');

describe.skipIf(!dataDir)('real OEWS national-by-sector file, May 2024 (skipped without ../shared/data)', () => {
  it('accepts every row: 20 sectors whose totals add up to the cross-industry national total', async () => {
    const spec = oewsIndustrySpecs[0]!;
    const { rows, errors } = await readWithSpec<OewsIndustryRow>(spec, path.join(dataDir as string, spec.file));
    expect(errors.slice(0, 5)).toEqual([]);
    expect(rows).toHaveLength(16_434);
    const totals = rows.filter((r) => r.occCode === '00-0000');
    expect(totals.map((r) => r.naics).sort()).toEqual([
      '11',
      '21',
      '22',
      '23',
      '31-33',
      '42',
      '44-45',
      '48-49',
      '51',
      '52',
      '53',
      '54',
      '55',
      '56',
      '61',
      '62',
      '71',
      '72',
      '81',
      '99',
    ]);
    const sectorSum = totals.reduce((s, r) => s + (r.totEmp ?? 0), 0);
    expect(sectorSum).toBe(154_187_400);
    const national = await readWithSpec<OewsRow>(oewsSpec(2024), path.join(dataDir as string, oewsSpec(2024).file));
    const nationalTotal = national.rows.find((r) => r.occCode === '00-0000')?.totEmp;
    expect(nationalTotal).toBe(154_187_380);
    // BLS rounds each sector to tens, so 20 sectors can differ from the national figure by at most 20 × 5.
    expect(Math.abs(sectorSum - nationalTotal!)).toBeLessThanOrEqual(100);
    // Suppressed employment ("**") is null with its reason, never zero.
    const suppressed = rows.filter((r) => r.nullReasons?.emp_prse === '**');
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((r) => r.empPrse === null)).toBe(true);
  });
});
