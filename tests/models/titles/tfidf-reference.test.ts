import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTfidf, lexicalFeatures, type TfidfDoc, type TfidfIndex } from '@/lib/models/titles/tfidf';

/** The index as first written (a feature Map per document, postings as plain arrays): the reference it must equal. */
function referenceTfidf(docs: readonly TfidfDoc[], codes: readonly string[], chars: boolean, maxDfShare: number) {
  const seen = new Set<string>();
  const unique = docs.filter((d) => d.text && !seen.has(`${d.cls}|${d.text}`) && seen.add(`${d.cls}|${d.text}`));
  const counts = unique.map((d) => lexicalFeatures(d.text, chars));
  const df = new Map<string, number>();
  for (const c of counts) for (const f of c.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const maxDf = Math.max(1, Math.floor(maxDfShare * unique.length));
  const idf = new Map(
    [...df].filter(([, n]) => n <= maxDf).map(([f, n]) => [f, Math.log((unique.length + 1) / (n + 1)) + 1]),
  );
  const lists = new Map<string, { docs: number[]; weights: number[] }>();
  counts.forEach((c, d) => {
    const weighted = new Map<string, number>();
    let norm = 0;
    for (const [f, n] of c) {
      const w = idf.get(f);
      if (w === undefined) continue;
      const v = (1 + Math.log(n)) * w;
      weighted.set(f, v);
      norm += v * v;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [f, v] of weighted) {
      const list = lists.get(f) ?? { docs: [], weights: [] };
      list.docs.push(d);
      list.weights.push(v * scale);
      lists.set(f, list);
    }
  });
  return {
    postings: new Map(
      [...lists].map(([f, l]) => [f, { docs: Int32Array.from(l.docs), weights: Float32Array.from(l.weights) }]),
    ),
    idf,
    docClass: Int32Array.from(unique.map((d) => d.cls)),
    docLabel: unique.map((d) => d.label),
    docSource: unique.map((d) => d.source),
    codes: [...codes],
    nDocs: unique.length,
    chars,
  };
}

/** The flat index read back as the reference's Maps (feature → postings, feature → idf), in feature-id order. */
function asMaps(index: TfidfIndex) {
  const { featureIds, idf, postingStart, postingDocs, postingWeights, ...rest } = index;
  const names = [...featureIds.keys()];
  expect([...featureIds.values()]).toEqual(names.map((_, id) => id)); // ids count up in insertion order
  expect(postingStart.length).toBe(names.length + 1);
  expect(postingStart.at(-1)).toBe(postingDocs.length);
  const span = (id: number) => [postingStart[id]!, postingStart[id + 1]!] as const;
  return {
    postings: new Map(
      names.map((f, id) => [f, { docs: postingDocs.slice(...span(id)), weights: postingWeights.slice(...span(id)) }]),
    ),
    idf: new Map(names.map((f, id) => [f, idf[id]!])),
    ...rest,
  };
}

describe('buildTfidf', () => {
  it('builds exactly the reference index: postings, weights, idf and their order (property test)', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'ab', 'nurse', 'java', 'dev', 'é'), { maxLength: 4 })
      .map((w) => w.join(' '));
    const doc = fc.record({ text, cls: fc.integer({ min: 0, max: 2 }), label: fc.string(), source: fc.string() });
    fc.assert(
      fc.property(
        fc.array(doc, { maxLength: 30 }),
        fc.boolean(),
        fc.constantFrom(1, 0.5, 0.1),
        (docs, chars, share) => {
          const codes = ['a', 'b', 'c'];
          const built = asMaps(buildTfidf(docs, codes, chars, share));
          const reference = referenceTfidf(docs, codes, chars, share);
          expect(built).toEqual(reference);
          expect([...built.postings.keys()]).toEqual([...reference.postings.keys()]);
          expect([...built.idf.keys()]).toEqual([...reference.idf.keys()]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
