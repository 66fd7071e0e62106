/** Index of padding in a subword vocabulary; unknown subwords are dropped, not mapped. */
export const PAD_ID = 0;

/** Subword vocabulary of the neural coder: id = index (0 is padding), plus the fixed input length. */
export interface SubwordVocab {
  subwords: string[];
  maxLen: number;
}

/**
 * The subwords the neural encoder reads from a normalised title: whole words, adjacent word
 * pairs, then character 3-grams of each word with boundary marks ("<nurse>" → "<nu", "nur", ...).
 * Words come first so that truncation drops character grams before words.
 */
export function subwords(text: string): string[] {
  const words = text.split(' ').filter(Boolean);
  const out = words.map((w) => `w:${w}`);
  for (let i = 1; i < words.length; i++) out.push(`b:${words[i - 1]}_${words[i]}`);
  for (const w of words) {
    const marked = `<${w}>`;
    for (let i = 0; i + 3 <= marked.length; i++) out.push(marked.slice(i, i + 3));
  }
  return out;
}

/** Builds the vocabulary: subwords seen at least `minCount` times, most frequent first (ties alphabetical), capped. */
export function buildSubwordVocab(
  texts: readonly string[],
  options: { maxSize: number; minCount: number; maxLen: number },
): SubwordVocab {
  const counts = new Map<string, number>();
  for (const t of texts) for (const s of new Set(subwords(t))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const kept = [...counts.entries()]
    .filter(([, n]) => n >= options.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxSize - 1)
    .map(([s]) => s);
  return { subwords: ['<pad>', ...kept], maxLen: options.maxLen };
}

/** Encodes texts as a flat Int32Array of `texts.length × maxLen` ids (known subwords only, padded with 0). */
export function encodeSubwords(texts: readonly string[], index: Map<string, number>, maxLen: number): Int32Array {
  const out = new Int32Array(texts.length * maxLen);
  texts.forEach((t, row) => {
    let k = 0;
    for (const s of subwords(t)) {
      const id = index.get(s);
      if (id === undefined) continue;
      out[row * maxLen + k] = id;
      if (++k === maxLen) break;
    }
  });
  return out;
}

/** A subword → id lookup. */
export function subwordIndex(vocab: SubwordVocab): Map<string, number> {
  return new Map(vocab.subwords.map((s, i) => [s, i]));
}
