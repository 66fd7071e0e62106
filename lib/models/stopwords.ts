/**
 * English function words that carry no meaning about the work itself ("and", "or", "the"…).
 * Task explanations skip them (a highlighted "and" explains nothing) and the task-text
 * similarity ignores them. Tokens are compared as the tokenizer yields them: lower case, accents folded.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
   but by can could did do does doing down during e each eg either etc for from further g had has have having here how
   i ie if in into is it its itself may might more most must no nor not of off on once one only onto or other others
   our out over own per s same shall should so some such than that the their them themselves then there these they
   this those through to too under until up upon us very via was we were what when where whether which while who whom
   whose why will with within without would`
    .split(/\s+/)
    .filter(Boolean),
);

/** True when `token` (any case) is a stopword. */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token.toLowerCase());
}

/** The `k` heaviest tokens of a task explanation that are not stopwords, heaviest first (what the task table highlights). */
export function explainingTokens<T extends { token: string; weight: number }>(tokens: readonly T[], k = 3): T[] {
  return tokens
    .filter((t) => !isStopword(t.token))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, k);
}
