import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relevanceOf } from '@/lib/analytics/relevance';
import { searchTerms } from '@/lib/analytics/search';
import { resolveCode } from '@/lib/db/queries/code-aliases';
import { env, sharedDataDir } from '@/lib/env';
import { selectBackend } from '@/lib/models/backend';
import { listTitleCoders } from '@/lib/models/titles/artifact';
import type { TitleCoder } from '@/lib/models/titles/coder';
import { servingTitleCoder } from '@/lib/models/titles/serve';

// The committed title-coder artifact ranks search results; these are the queries issue 14 names.
const cases: [string, string][] = [
  ['RN', '29-1141.00'],
  ['java developer', '15-1252.00'],
  ['cdl driver', '53-3032.00'],
  ['senior accountant', '13-2011.00'],
  ['payroll specialist', '43-3051.00'],
];

// The coder rebuilds its retriever from the O*NET titles in ../shared/data (the artifact holds no copy of them).
const dataDir = sharedDataDir();
if (!dataDir && env.CI)
  throw new Error('CI needs ../shared/data (or DATA_DIR): the committed title coder reads its O*NET titles from there');

describe.skipIf(listTitleCoders().length === 0 || !dataDir)(
  'search relevance (skipped without ../shared/data: the coder reads its O*NET titles from there) from the committed title coder',
  () => {
    let coder: TitleCoder;
    beforeAll(async () => {
      await selectBackend('wasm', true);
      coder = (await servingTitleCoder())!;
    }, 60_000);
    afterAll(() => coder?.network.dispose());

    /** The catalogue as search sees it, built from the coder's own classes (every O*NET 30.1 occupation). */
    const catalogue = () =>
      coder.codes.map((code, i) => ({
        code,
        socCode: code.slice(0, 7),
        titleText: coder.titles[i]!.toLowerCase(),
        searchText: coder.titles[i]!.toLowerCase(),
      }));

    it.each(cases)('"%s" ranks %s first, saying which known title matched', (query, expected) => {
      const terms = searchTerms(query);
      const relevance = relevanceOf(terms.join(' '), terms, catalogue(), null, coder, null);
      const ranked = [...relevance].sort((a, b) => b[1].score - a[1].score);
      expect(ranked[0]![0]).toBe(expected);
      expect(ranked[0]![1].why).toMatch(/title/);
    });

    it('ranks by the coder, so a lexical hit in another title ("RN" in "goveRNment") comes later', () => {
      const occupations = catalogue();
      const eligibility = occupations.findIndex((o) => o.code === '43-4061.00');
      const relevance = relevanceOf('rn', ['rn'], occupations, new Set([eligibility]), coder, null);
      expect(relevance.get('29-1141.00')!.score).toBeGreaterThan(relevance.get('43-4061.00')!.score);
    });

    it('reaches an occupation by SOC code without the O*NET suffix and by a SOC 2010 code', () => {
      const aliases = { soc2010: new Map([['15-1132', ['15-1252']]]), onet2010: new Map<string, string[]>() };
      expect(resolveCode('13-2011', catalogue(), aliases)).toEqual({ codes: ['13-2011.00'], via: 'SOC code 13-2011' });
      expect(resolveCode('15-1132', catalogue(), aliases)?.codes).toEqual(['15-1252.00']);
      expect(resolveCode('99-9999', catalogue(), aliases)).toBeNull();
    });
  },
);
