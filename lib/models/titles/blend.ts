/**
 * The blended score of each occupation: the network's log-probability plus `beta` times the
 * cosine of the best-matching known title, plus `gamma` times the description's similarity to
 * the occupation's task statements (when a description was given).
 */
export function blendLogits(
  logProbs: Float32Array,
  lexical: Float32Array,
  beta: number,
  description?: Float32Array,
  gamma = 0,
): Float32Array {
  const out = new Float32Array(logProbs.length);
  for (let i = 0; i < out.length; i++)
    out[i] = logProbs[i]! + beta * lexical[i]! + (description ? gamma * description[i]! : 0);
  return out;
}

/** Lexical-only scores (the TF-IDF baseline's logits before temperature). */
export function lexicalLogits(lexical: Float32Array): Float32Array {
  return Float32Array.from(lexical);
}
