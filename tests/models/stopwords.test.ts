import { describe, expect, it } from 'vitest';
import { topTokens } from '@/lib/models/aggregate';
import { explainingTokens, isStopword, STOPWORDS } from '@/lib/models/stopwords';

describe('stopwords in task explanations', () => {
  it('knows the function words, in any case, and not the content words', () => {
    for (const w of ['and', 'or', 'the', 'The', 'OF', 'to', 'with']) expect(isStopword(w), w).toBe(true);
    for (const w of ['audit', 'reports', 'patients', 'code', 'data']) expect(isStopword(w), w).toBe(false);
    expect(STOPWORDS.size).toBeGreaterThan(100);
  });

  it('top_tokens, as scoring computes them, skip stopwords and keep the remaining weights as they are', () => {
    // "and" and "the" draw the most attention here, as they often do, but explain nothing
    const tokens = ['prepare', 'and', 'audit', 'the', 'reports', 'and'];
    const attention = [0.1, 0.3, 0.15, 0.25, 0.05, 0.15];
    expect(topTokens(tokens, attention, 3)).toEqual([
      { token: 'audit', weight: 0.15 },
      { token: 'prepare', weight: 0.1 },
      { token: 'reports', weight: 0.05 },
    ]);
  });

  it('the highlighted words of a stored explanation skip stopwords, even in old scoring runs', () => {
    const stored = [
      { token: 'and', weight: 0.4 },
      { token: 'reports', weight: 0.3 },
      { token: 'The', weight: 0.2 },
      { token: 'audit', weight: 0.1 },
      { token: 'file', weight: 0.05 },
    ];
    expect(explainingTokens(stored).map((t) => t.token)).toEqual(['reports', 'audit', 'file']);
  });
});
