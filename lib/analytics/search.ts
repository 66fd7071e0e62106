/**
 * Reduces a word to a crude singular stem so that search tolerates plurals:
 * "accountants" → "accountant", "salaries" → "salar", "boxes" → "box"; words ending in
 * -ss, -us or -is keep their s ("business", "analysis").
 */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies')) return w.slice(0, -3);
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  if (w.endsWith('y')) return w.slice(0, -1);
  return w;
}

/** Splits a search query into lower-case stems (letters and digits only), at most 6 of them. */
export function searchTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map(stem).filter((w) => w.length > 0))].slice(0, 6);
}

/** Escapes % _ and \ so a stem can sit inside an ILIKE pattern literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Distinct words of a set of documents with the documents each word occurs in. */
export interface SearchIndex {
  words: string[];
  postings: number[][];
}

/** Builds a word index over lower-case documents, so a term is matched against ~15k distinct words, not megabytes of text. */
export function buildSearchIndex(docs: readonly string[]): SearchIndex {
  const map = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const word of new Set(doc.match(/[\p{L}\p{N}]+/gu) ?? [])) {
      const list = map.get(word);
      if (list) list.push(i);
      else map.set(word, [i]);
    }
  });
  return { words: [...map.keys()], postings: [...map.values()] };
}

/**
 * Documents containing every term as part of a word (so the stem "accountant" matches
 * "accountants"); null when there are no terms (everything matches).
 */
export function matchDocuments(index: SearchIndex, terms: readonly string[]): Set<number> | null {
  let result: Set<number> | null = null;
  for (const term of terms) {
    const hits = new Set<number>();
    index.words.forEach((word, w) => {
      if (word.includes(term)) for (const d of index.postings[w]!) hits.add(d);
    });
    if (result !== null) for (const d of hits) if (!result.has(d)) hits.delete(d);
    result = hits;
    if (result.size === 0) break;
  }
  return result;
}
