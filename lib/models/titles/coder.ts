import type * as tf from '../tf';
import { blendLogits } from './blend';
import { softmax, topK } from './calibrate';
import { networkLogProbs } from './network';
import { type NormalisedTitle, normaliseTitle, plainText } from './normalise';
import { encodeSubwords, type SubwordVocab, subwordIndex } from './subwords';
import { bestPerClass, type TfidfIndex } from './tfidf';

/** Everything needed to code titles: the network, its vocabulary, the retrievers and the fitted blend. */
export interface TitleCoder {
  version: string;
  network: tf.LayersModel;
  vocab: SubwordVocab;
  index: Map<string, number>;
  /** Class index → O*NET-SOC code and official title. */
  codes: string[];
  titles: string[];
  /** TF-IDF over known titles (alternate, short, reported, O*NET). */
  retriever: TfidfIndex;
  /** TF-IDF over task statements, for descriptions. */
  taskRetriever: TfidfIndex;
  blend: { beta: number; gamma: number; temperature: number; reviewThreshold: number };
  /** Temperature of the TF-IDF-only path (the baseline), fitted on the same dev titles. */
  baselineTemperature?: number;
}

/** One candidate occupation for a title. */
export interface TitleCandidate {
  code: string;
  title: string;
  probability: number;
  /** The known title that matched best for this code, and its source, when one shares features with the input. */
  matchedTitle: string | null;
  matchedSource: string | null;
}

/** A title's top candidates, calibrated, with needs_review when the best is below the review threshold. */
export interface TitleCode {
  normalised: NormalisedTitle;
  candidates: TitleCandidate[];
  needsReview: boolean;
}

/** The raw scores of a batch of normalised titles: network log-probabilities and best-title cosines per class. */
export function rawScores(
  coder: TitleCoder,
  texts: readonly string[],
  lexicalOnly = false,
): { logProbs: Float32Array[]; lexical: ReturnType<typeof bestPerClass>[] } {
  if (lexicalOnly) return { logProbs: [], lexical: texts.map((t) => bestPerClass(coder.retriever, t)) };
  const maxLen = coder.vocab.maxLen;
  const classes = coder.codes.length;
  const logProbs: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += 1024) {
    const chunk = texts.slice(start, start + 1024);
    const flat = networkLogProbs(coder.network, encodeSubwords(chunk, coder.index, maxLen), chunk.length, maxLen);
    for (let r = 0; r < chunk.length; r++) logProbs.push(flat.subarray(r * classes, (r + 1) * classes));
  }
  return { logProbs, lexical: texts.map((t) => bestPerClass(coder.retriever, t)) };
}

/**
 * Codes job titles (optionally with a free-text description): the top `k` O*NET-SOC codes with
 * calibrated probabilities from the network blended with the lexical retriever (and the
 * description's similarity to each occupation's task statements). `lexicalOnly` skips the network
 * and the description: the TF-IDF baseline path.
 */
export function codeTitles(
  coder: TitleCoder,
  inputs: readonly { title: string; description?: string | null }[],
  k = 5,
  lexicalOnly = false,
): TitleCode[] {
  const normalised = inputs.map((i) => normaliseTitle(i.title));
  const { logProbs, lexical } = rawScores(
    coder,
    normalised.map((n) => n.text),
    lexicalOnly,
  );
  const { beta, gamma, temperature, reviewThreshold } = coder.blend;
  return inputs.map((input, i) => {
    const description = input.description?.trim()
      ? bestPerClass(coder.taskRetriever, plainText(input.description)).scores
      : undefined;
    // the TF-IDF-only path (benchmark baseline): best-title cosines at the baseline's own temperature
    const p = lexicalOnly
      ? softmax(lexical[i]!.scores, coder.baselineTemperature ?? 0.05)
      : softmax(blendLogits(logProbs[i]!, lexical[i]!.scores, beta, description, gamma), temperature);
    const candidates = topK(p, k).map((c): TitleCandidate => {
      const doc = lexical[i]!.bestDoc[c]!;
      return {
        code: coder.codes[c]!,
        title: coder.titles[c]!,
        probability: p[c]!,
        matchedTitle: doc >= 0 ? coder.retriever.docLabel[doc]! : null,
        matchedSource: doc >= 0 ? coder.retriever.docSource[doc]! : null,
      };
    });
    return { normalised: normalised[i]!, candidates, needsReview: (candidates[0]?.probability ?? 0) < reviewThreshold };
  });
}

/** Builds the coder's subword lookup (call once after loading). */
export function withIndex(parts: Omit<TitleCoder, 'index'>): TitleCoder {
  return { ...parts, index: subwordIndex(parts.vocab) };
}
