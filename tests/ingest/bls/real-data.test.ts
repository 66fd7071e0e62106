import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { env, sharedDataDir } from '../../../lib/env';
import { oewsSpecs } from '../../../lib/ingest/sources/bls-oews';
import { crosswalkSpecs } from '../../../lib/ingest/sources/crosswalks';
import { indexSpecs } from '../../../lib/ingest/sources/indices';
import { projectionSpecs } from '../../../lib/ingest/sources/projections';
import type { AnyFileSpec } from '../../../lib/ingest/types';
import { readWithSpec } from './read';

const dataDir = sharedDataDir();
if (!dataDir && env.CI) throw new Error('CI needs ../shared/data (or DATA_DIR) for the real-data reader tests');

/** Rows each real file must yield, all of them valid (data rows of the file minus documented skips). */
const EXPECTED: Record<string, number> = {
  'oews_national_M2012.csv': 1394, 'oews_national_M2013.csv': 1394, 'oews_national_M2014.csv': 1394,
  'oews_national_M2015.csv': 1394, 'oews_national_M2016.csv': 1394, 'oews_national_M2017.csv': 1382,
  'oews_national_M2018.csv': 1379, 'oews_national_M2019.csv': 1329, 'oews_national_M2020.csv': 1329,
  'oews_national_M2021.csv': 1403, 'oews_national_M2022.csv': 1402, 'oews_national_M2023.csv': 1403,
  'oews_national_M2024.csv': 1403,
  'ep_2019_29_table_1_2.csv': 1048, 'ep_2019_29_table_1_7.csv': 1048, 'ep_2022_32_table_1_2.csv': 1113,
  'ep_2022_32_table_1_7.csv': 1113, 'ep_2024_34_table_1_2.csv': 1113,
  'soc2010_to_soc2018_crosswalk.csv': 900, 'onetsoc2010_to_onetsoc2019_crosswalk.csv': 1164,
  'onetsoc2019_to_nem_soc2018_crosswalk.csv': 997, 'isco08_to_soc2010.csv': 1125,
  frey_osborne_2013: 702, ilo_gmyrek_2023: 427, daioe_allapps: 13524, daioe_genai: 11592, daioe_lngmod: 11592,
  anthropic_observed_exposure: 756, nesta_sml_risk: 421,
};

const label = (s: AnyFileSpec) => (s.target.table === 'exposure_index' ? String(s.scope.index_name) : path.basename(s.file));

describe.skipIf(!dataDir)('real ../shared/data through the BLS, projections, crosswalk and index readers', () => {
  const specs: AnyFileSpec[] = [...oewsSpecs, ...projectionSpecs, ...crosswalkSpecs, ...indexSpecs];
  it.each(specs.map((s) => [label(s), s] as const))('%s: every row is accepted', async (name, spec) => {
    const { rows, errors } = await readWithSpec(spec, path.join(dataDir as string, spec.file));
    expect(errors.slice(0, 5)).toEqual([]);
    expect(rows.length).toBe(EXPECTED[name]);
  });
});
