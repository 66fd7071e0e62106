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
