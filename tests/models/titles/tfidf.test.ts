import { describe, expect, it } from 'vitest';
import { bestPerClass, buildTfidf } from '../../../lib/models/titles/tfidf';

const docs = [
  { text: 'java developer', cls: 0, label: 'Java Developer', source: 'alternate' },
  { text: 'software developer', cls: 0, label: 'Software Developer', source: 'reported' },
  { text: 'payroll clerk', cls: 1, label: 'Payroll Clerk', source: 'alternate' },
  { text: 'truck driver', cls: 2, label: 'Truck Driver', source: 'alternate' },
];

describe('TF-IDF nearest title', () => {
  const index = buildTfidf(docs, ['15-1252.00', '43-3051.00', '53-3032.00']);

  it('scores each class by its best-matching title and names that title', () => {
    const { scores, bestDoc } = bestPerClass(index, 'java developer');
    expect(scores[0]).toBeCloseTo(1, 5);
    expect(index.docLabel[bestDoc[0]!]).toBe('Java Developer');
    expect(scores[1]).toBeLessThan(0.2);
    expect(bestDoc[2]).toBe(bestPerClass(index, 'java developer').bestDoc[2]); // repeated queries agree (scratch reset)
  });

  it('leaves out features above the max_df share, so they no longer match', () => {
    const pruned = buildTfidf(docs, ['15-1252.00', '43-3051.00', '53-3032.00'], true, 0.25);
    expect(index.featureIds.has('w:developer')).toBe(true);
    expect(pruned.featureIds.has('w:developer')).toBe(false); // in 2 of 4 titles
    expect(pruned.featureIds.has('w:java')).toBe(true);
  });

  it('indexes only words when character grams are off (task statements)', () => {
    const words = buildTfidf(docs, ['a', 'b', 'c'], false);
    expect([...words.featureIds.keys()].every((f) => f.startsWith('w:'))).toBe(true);
  });
});
