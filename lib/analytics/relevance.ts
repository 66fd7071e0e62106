import { codeTitles, type TitleCoder } from '../models/titles/coder';

/** Why one occupation matched a search, and how strongly. */
export interface Relevance {
  score: number;
  why: string;
}

/** The occupation fields relevance needs. */
interface Searchable {
  code: string;
  titleText: string;
  searchText: string;
}

const SOURCE_NAMES: Record<string, string> = {
  onet: 'O*NET title',
  alternate: 'alternate title',
  short: 'short title',
  reported: 'reported title',
};

/** The coder's candidates at or above this probability join the results (below it they are noise). */
export const MIN_CODER_PROBABILITY = 0.01;

/**
 * Relevance of occupations to a search: a typed code first, then the title coder's calibrated
 * probability (each saying which known title it matched), then lexical hits (title before tasks),
 * which only order what the coder is unsure about.
 */
export function relevanceOf(
  query: string,
  terms: readonly string[],
  occupations: readonly Searchable[],
  lexicalMatches: Set<number> | null,
  coder: TitleCoder | null,
  resolved: { codes: string[]; via: string } | null,
): Map<string, Relevance> {
  const out = new Map<string, Relevance>();
  // a typed code's SOC-level occupation (.00) before its O*NET breakouts
  for (const code of resolved?.codes ?? [])
    out.set(code, { score: code.endsWith('.00') ? 10.1 : 10, why: resolved!.via });
  if (coder && !resolved && query.trim()) {
    const [coded] = codeTitles(coder, [{ title: query }], 10);
    for (const c of coded?.candidates ?? []) {
      if (c.probability < MIN_CODER_PROBABILITY) continue;
      const why = c.matchedTitle
        ? `${SOURCE_NAMES[c.matchedSource ?? ''] ?? 'title'}: ${c.matchedTitle}`
        : 'title coder';
      out.set(c.code, { score: c.probability, why });
    }
  }
  if (lexicalMatches && terms.length) {
    for (const i of lexicalMatches) {
      const o = occupations[i]!;
      const inTitle = terms.every((t) => o.titleText.includes(t));
      const bonus = inTitle ? 0.005 : 0.001;
      const prev = out.get(o.code);
      if (prev) prev.score += bonus;
      else
        out.set(o.code, {
          score: bonus,
          why: inTitle ? `title contains "${terms.join(' ')}"` : `task statements mention "${terms.join(' ')}"`,
        });
    }
  }
  return out;
}
