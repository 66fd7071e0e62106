/** Index of the padding token; always 0. */
export const PAD = 0;
/** Index of the out-of-vocabulary token; always 1. */
export const OOV = 1;

/** A vocabulary built from training text: token → index, plus the fixed sequence length. */
export interface Vocab {
  tokens: string[];
  maxLen: number;
}

/**
 * Splits text into lower-case word tokens: accents are folded (café → cafe), and anything
 * that is not a letter or digit separates tokens, so punctuation and emoji vanish.
 */
export function tokenize(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The p-th percentile (0–1) of token counts, at least 1: the sequence length that fits most texts. */
export function chooseMaxLen(texts: readonly string[], percentile = 0.95): number {
  if (texts.length === 0) return 1;
  const lengths = texts.map((t) => tokenize(t).length).sort((a, b) => a - b);
  const index = Math.min(lengths.length - 1, Math.floor(percentile * lengths.length));
  return Math.max(1, lengths[index] ?? 1);
}

/**
 * Builds a vocabulary of tokens seen at least `minCount` times, most frequent first
 * (ties alphabetical, so it is deterministic), capped at `maxSize` including PAD and OOV.
 */
export function buildVocab(
  texts: readonly string[],
  options: { minCount?: number; maxSize?: number; maxLen?: number } = {},
): Vocab {
  const { minCount = 2, maxSize = 8000 } = options;
  const counts = new Map<string, number>();
  for (const text of texts) for (const token of tokenize(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
  const kept = [...counts.entries()]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, Math.max(0, maxSize - 2))
    .map(([token]) => token);
  return { tokens: ['<pad>', '<oov>', ...kept], maxLen: options.maxLen ?? chooseMaxLen(texts) };
}

/** A fast token → index lookup for a vocabulary. */
export function vocabIndex(vocab: Vocab): Map<string, number> {
  return new Map(vocab.tokens.map((t, i) => [t, i]));
}

/**
 * Encodes text as exactly `maxLen` indices: unknown tokens become OOV, long texts are
 * truncated at the end, short ones padded with PAD at the end. Also returns the tokens kept.
 */
export function encode(text: string, index: Map<string, number>, maxLen: number): { ids: number[]; tokens: string[] } {
  const tokens = tokenize(text).slice(0, maxLen);
  const ids = tokens.map((t) => index.get(t) ?? OOV);
  while (ids.length < maxLen) ids.push(PAD);
  return { ids, tokens };
}
