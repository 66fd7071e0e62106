import { explainingTokens } from '@/lib/models/stopwords';
import { html, type SafeHtml } from '../html';

/** A stretch of task text: plain, or one of the task's most influential words with its weight. */
export interface TextRun {
  text: string;
  weight?: number;
}

/**
 * The task text cut into runs: each occurrence of one of its `k` most influential words (stopwords never count)
 * is its own run with the word's weight, and the text between them is one plain run.
 */
export function highlightRuns(text: string, tokens: readonly { token: string; weight: number }[], k = 3): TextRun[] {
  const weights = new Map(explainingTokens(tokens, k).map((t) => [t.token.toLowerCase(), t.weight]));
  if (weights.size === 0) return text ? [{ text }] : [];
  const runs: TextRun[] = [];
  let plain = '';
  for (const part of text.split(/([\p{L}\p{N}'-]+)/u)) {
    const weight = weights.get(part.toLowerCase());
    if (weight === undefined) {
      plain += part;
      continue;
    }
    if (plain) runs.push({ text: plain });
    runs.push({ text: part, weight });
    plain = '';
  }
  if (plain) runs.push({ text: plain });
  return runs;
}

/** Task text with its three most influential words marked (`<mark>`); the weight shows on hover. */
export function highlightedHtml(text: string, tokens: readonly { token: string; weight: number }[]): SafeHtml {
  return html`${highlightRuns(text, tokens).map((r) =>
    r.weight === undefined ? r.text : html`<mark title="weight ${r.weight.toFixed(2)}">${r.text}</mark>`,
  )}`;
}
