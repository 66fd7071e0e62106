/** Softmax of `logits / temperature` (numerically stable). */
export function softmax(logits: Float32Array | number[], temperature = 1): Float32Array {
  let max = -Infinity;
  for (const v of logits) if (v > max) max = v;
  const out = new Float32Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += out[i] = Math.exp((logits[i]! - max) / temperature);
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/** Indices of the k largest values, largest first (ties by lower index). */
export function topK(values: Float32Array | number[], k: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (best.length === k && v <= values[best[k - 1]!]!) continue;
    let j = Math.min(best.length, k - 1);
    while (j > 0 && values[best[j - 1]!]! < v) {
      best[j] = best[j - 1]!;
      j -= 1;
    }
    best[j] = i;
  }
  return best;
}

/** Probability mass the softmax(logits / T) puts on any of the gold classes. */
function goldMass(logits: Float32Array, gold: readonly number[], temperature: number): number {
  const p = softmax(logits, temperature);
  return gold.reduce((s, g) => s + p[g]!, 0);
}

/** Mean negative log-likelihood of the gold classes under softmax(logits / T). */
export function meanNll(
  rows: readonly Float32Array[],
  gold: readonly (readonly number[])[],
  temperature: number,
): number {
  let total = 0;
  rows.forEach((r, i) => {
    total -= Math.log(Math.max(1e-12, goldMass(r, gold[i]!, temperature)));
  });
  return total / Math.max(1, rows.length);
}

/** Temperature scaling: the T (log-spaced search, 0.05-20) minimising validation log-loss. */
export function fitTemperature(rows: readonly Float32Array[], gold: readonly (readonly number[])[]): number {
  let best = { t: 1, nll: meanNll(rows, gold, 1) };
  const search = (lo: number, hi: number, steps: number) => {
    for (let s = 0; s <= steps; s++) {
      const t = Math.exp(Math.log(lo) + ((Math.log(hi) - Math.log(lo)) * s) / steps);
      const nll = meanNll(rows, gold, t);
      if (nll < best.nll) best = { t, nll };
    }
  };
  search(0.05, 20, 40);
  search(best.t / 1.2, best.t * 1.2, 20);
  return best.t;
}

/** Expected calibration error: the bin-size-weighted gap between confidence and accuracy over `bins` equal-width bins. */
export function expectedCalibrationError(
  confidence: readonly number[],
  correct: readonly boolean[],
  bins = 10,
): number {
  const n = new Array<number>(bins).fill(0);
  const conf = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  confidence.forEach((c, i) => {
    const b = Math.min(bins - 1, Math.floor(c * bins));
    n[b]! += 1;
    conf[b]! += c;
    hits[b]! += correct[i] ? 1 : 0;
  });
  const total = confidence.length || 1;
  return n.reduce((s, k, b) => (k ? s + (k / total) * Math.abs(conf[b]! / k - hits[b]! / k) : s), 0);
}
