import { describe, expect, it } from 'vitest';
import { MATCH_CHUNK, matchDistinct, resolveCode, type TitleMatcher } from '@/lib/ingest/catalogue/stage';

const coded = (title: string) => ({
  code: '15-1252.00',
  onetTitle: title,
  confidence: 0.5,
  alternatives: [],
  needsReview: false,
  seniority: null,
  matchedTitle: null,
});

describe('matchDistinct', () => {
  it('codes each distinct title and description once, in chunks of MATCH_CHUNK', async () => {
    const calls: number[] = [];
    const matcher: TitleMatcher = async (inputs) => {
      calls.push(inputs.length);
      return inputs.map((i) => coded(`${i.title}|${i.description ?? ''}`));
    };
    const rows = [
      ...Array.from({ length: MATCH_CHUNK + 5 }, (_, i) => ({ title: `Title ${i}`, description: null })),
      { title: 'Title 0', description: null }, // a repeat: not sent again
      { title: 'Title 0', description: 'nights' }, // another description: a distinct input
    ];
    const out = await matchDistinct(rows, matcher);
    expect(calls).toEqual([MATCH_CHUNK, 6]);
    expect(out!.size).toBe(MATCH_CHUNK + 6);
    expect(out!.get('Title 0\u0000nights')!.onetTitle).toBe('Title 0|nights');
    expect(out!.get(`Title ${MATCH_CHUNK + 4}\u0000`)!.onetTitle).toBe(`Title ${MATCH_CHUNK + 4}|`);
  });

  it('answers null when there is no title coder', async () => {
    expect(await matchDistinct([{ title: 'Cashier', description: null }], async () => null)).toBeNull();
  });
});

describe('resolveCode', () => {
  const occupations = new Set(['11-1011.00', '11-1011.03', '29-1141.01', '29-1141.02']);
  it('keeps a current O*NET code, maps a SOC code to its .00 occupation or else its first breakout, refuses unknown codes', () => {
    expect(resolveCode('11-1011.03', occupations)).toBe('11-1011.03');
    expect(resolveCode('11-1011', occupations)).toBe('11-1011.00');
    expect(resolveCode('29-1141', occupations)).toBe('29-1141.01');
    expect(resolveCode('29-1141.00', occupations)).toBeUndefined();
    expect(resolveCode('99-9999', occupations)).toBeUndefined();
  });
});
