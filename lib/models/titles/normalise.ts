import { ABBREVIATIONS, LOCATION_WORDS, SENIORITY, US_STATES } from './vocabulary';

/** A job title cleaned for coding, with what was stripped kept beside it. */
export interface NormalisedTitle {
  /** Lower-case, accent-free words with abbreviations expanded and noise removed ("senior" etc. gone). */
  text: string;
  /** Seniority word stripped from the title (senior, junior, lead-free list in vocabulary.ts), or null. */
  seniority: string | null;
  /** Level suffix stripped ("II", "Level 2", "3") as a number, or null. */
  level: number | null;
  /** Bracketed or dash-separated locations, shifts and schedules that were removed. */
  qualifiers: string[];
}

const ROMAN = new Map(Object.entries({ i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 }));

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** True when a bracketed or dash-separated part names a place, a shift or a schedule rather than the job. */
export function isQualifier(part: string): boolean {
  const words =
    fold(part)
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  if (words.length === 0) return true;
  if (/,\s*[A-Z]{2}\b/.test(part) || /^[A-Z]{2}$/.test(part.trim())) return true; // "Dallas, TX", "TX"
  if (words.some((w) => LOCATION_WORDS.has(w))) return true;
  return words.length <= 3 && words.every((w) => US_STATES.has(w) || /^\d+$/.test(w));
}

/** Removes bracketed and " - "-separated qualifiers; keeps brackets that spell out the title ("CEO (Chief Executive Officer)"). */
function stripQualifiers(raw: string, qualifiers: string[]): string {
  let text = raw.replace(/[([{]([^)\]}]*)[)\]}]/g, (_m, inner: string) => {
    if (isQualifier(inner)) {
      qualifiers.push(inner.trim());
      return ' ';
    }
    return ` ${inner} `;
  });
  const parts = text.split(/\s+[-–—|/@]\s+|\s*[|@]\s*/);
  if (parts.length > 1) {
    const kept = parts.filter((p, i) => {
      if (i === 0 || !isQualifier(p)) return true;
      qualifiers.push(p.trim());
      return false;
    });
    text = kept.join(' ');
  }
  return text;
}

/** Splits off a trailing level ("II", "Level 2", "Lvl 3", "L2", "2") and returns it as a number. */
function stripLevel(words: string[]): number | null {
  let level: number | null = null;
  for (let guard = 0; guard < 2 && words.length > 1; guard++) {
    const last = words[words.length - 1]!;
    const before = words[words.length - 2];
    if (ROMAN.has(last) && !(last === 'v' && before === 'grade')) level = ROMAN.get(last)!;
    else if (/^\d{1,2}$/.test(last) && (before === 'level' || before === 'lvl' || before === 'grade')) {
      level = Number(last);
      words.pop();
    } else if (/^(l|lvl|level)\d{1,2}$/.test(last)) level = Number(last.replace(/\D/g, ''));
    else if (/^\d$/.test(last)) level = Number(last);
    else break;
    words.pop();
  }
  return level;
}

/**
 * Normalises an HR job title for coding: folds accents and case, expands abbreviations
 * (Sr → senior, RN → registered nurse, CDL-A → cdl class a truck driver, Mgr → manager), removes
 * locations and shifts in brackets or after " - ", and strips level suffixes and seniority words,
 * which are returned as their own fields.
 */
export function normaliseTitle(raw: string): NormalisedTitle {
  const qualifiers: string[] = [];
  const cleaned = stripQualifiers(fold(raw).replace(/&/g, ' and '), qualifiers)
    .replace(/\bcdl[- ]?([abc])\b/gi, 'cdl class $1')
    .replace(/([a-z])\.(?=\s|$)/gi, '$1') // "Sr." → "Sr"
    .toLowerCase();
  const tokens = cleaned.match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  const words = tokens.flatMap((w, i) => {
    const expanded = w === 'admin' && i === tokens.length - 1 ? 'administrator' : ABBREVIATIONS.get(w); // "System Admin"

    return expanded ? expanded.split(' ') : [w];
  });
  const level = stripLevel(words);
  let seniority: string | null = null;
  const kept = words.filter((w, i) => {
    const rank = SENIORITY.get(w);
    if (rank && words.length > 1 && !(w === 'principal' && i === words.length - 1)) {
      seniority ??= rank;
      return false;
    }
    return true;
  });
  return { text: kept.join(' '), seniority, level, qualifiers };
}

/** Plain lower-case, accent-free words of free text (descriptions, task statements), no title rules applied. */
export function plainText(raw: string): string {
  return (
    fold(raw)
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  ).join(' ');
}
