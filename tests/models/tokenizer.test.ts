import { describe, expect, it } from 'vitest';
import { buildVocab, chooseMaxLen, encode, OOV, PAD, tokenize, vocabIndex } from '../../lib/models/tokenizer';

describe('tokenizer', () => {
  it('lower-cases and splits on anything that is not a letter or digit', () => {
    expect(tokenize('Write, edit & review REPORTS (e.g., 10-K filings).')).toEqual([
      'write',
      'edit',
      'review',
      'reports',
      'e',
      'g',
      '10',
      'k',
      'filings',
    ]);
  });

  it('returns no tokens for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  ...!?;— ')).toEqual([]);
  });

  it('folds accents and keeps non-Latin letters, dropping emoji', () => {
    expect(tokenize('Café résumé naïve 🚀 Übersetzung 翻訳')).toEqual([
      'cafe',
      'resume',
      'naive',
      'ubersetzung',
      '翻訳',
    ]);
  });

  it('pads empty text to the full length with PAD', () => {
    const index = vocabIndex(buildVocab(['write reports', 'write code'], { minCount: 1, maxLen: 4 }));
    expect(encode('', index, 4).ids).toEqual([PAD, PAD, PAD, PAD]);
  });

  it('maps unknown tokens to OOV and truncates very long text', () => {
    const vocab = buildVocab(['write reports', 'write code'], { minCount: 1, maxLen: 5 });
    const index = vocabIndex(vocab);
    const long = `write ${'zebra '.repeat(10_000)}`;
    const { ids, tokens } = encode(long, index, vocab.maxLen);
    expect(ids).toHaveLength(5);
    expect(ids[0]).toBe(index.get('write'));
    expect(ids.slice(1)).toEqual([OOV, OOV, OOV, OOV]);
    expect(tokens).toHaveLength(5);
  });

  it('keeps only tokens seen minCount times, most frequent first, deterministically', () => {
    const vocab = buildVocab(['b a', 'a c', 'a b', 'd'], { minCount: 2 });
    expect(vocab.tokens).toEqual(['<pad>', '<oov>', 'a', 'b']);
    expect(buildVocab(['b a', 'a c', 'a b', 'd'], { minCount: 2 })).toEqual(vocab);
  });

  it('caps the vocabulary size including PAD and OOV', () => {
    expect(buildVocab(['a b c d e f'], { minCount: 1, maxSize: 4 }).tokens).toHaveLength(4);
  });

  it('chooses the sequence length as a percentile of token counts', () => {
    const texts = Array.from({ length: 100 }, (_, i) => 'w '.repeat(i + 1));
    expect(chooseMaxLen(texts, 0.95)).toBe(96);
    expect(chooseMaxLen([], 0.95)).toBe(1);
    expect(chooseMaxLen(['', ''], 0.95)).toBe(1);
  });
});
