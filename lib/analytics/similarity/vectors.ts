/** A sparse vector: term slots in ascending order and their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Scales a dense vector to unit length in place; null when it is all zeros (nothing to compare). */
function unitDense(v: Float64Array): Float64Array | null {
  let norm = 0;
  for (const x of v) norm += x * x;
  if (norm === 0) return null;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < v.length; i++) v[i]! *= scale;
  return v;
}

/**
 * Centres and standardises each column across the rows that have a value (z-scores), fills a
 * missing value with the column mean (z = 0), drops constant columns and returns unit-length rows,
 * so a dot product is the cosine of the standardised profiles. Raw ratings all point the same
 * way (every occupation needs some reading and speaking), which is why their plain cosine is ~0.99.
 * Rows that are null stay null.
 */
export function standardisedRows(rows: readonly (Float64Array | null)[]): (Float64Array | null)[] {
  const width = rows.find((r) => r)?.length ?? 0;
  const mean = new Float64Array(width);
  const sd = new Float64Array(width);
  for (let c = 0; c < width; c++) {
    let n = 0;
    let sum = 0;
    let sq = 0;
    for (const r of rows) {
      const x = r?.[c];
      if (x === undefined || Number.isNaN(x)) continue;
      n++;
      sum += x;
      sq += x * x;
    }
    mean[c] = n ? sum / n : 0;
    sd[c] = n > 1 ? Math.sqrt(Math.max(0, sq / n - mean[c]! ** 2)) : 0;
  }
  return rows.map((r) => {
    if (!r) return null;
    const z = new Float64Array(width);
    for (let c = 0; c < width; c++) {
      const x = r[c]!;
      z[c] = Number.isNaN(x) || sd[c]! < 1e-9 ? 0 : (x - mean[c]!) / sd[c]!;
    }
    return unitDense(z);
  });
}

/** Dot product of two dense vectors of equal length. */
export function denseDot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * TF-IDF vectors of term-count documents, unit length: weight = (1 + ln tf) · ln(N / df), with N
 * the number of non-null documents. A term every document has weighs 0; a null or empty document stays null.
 */
export function tfidfVectors(docs: readonly (ReadonlyMap<string, number> | null)[]): (SparseVector | null)[] {
  const df = new Map<string, number>();
  let n = 0;
  for (const d of docs) {
    if (!d || d.size === 0) continue;
    n++;
    for (const term of d.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const slot = new Map([...df.keys()].sort().map((t, i) => [t, i]));
  return docs.map((d) => {
    if (!d || d.size === 0) return null;
    const entries: [number, number][] = [];
    for (const [term, tf] of d) {
      const w = tf > 0 ? (1 + Math.log(tf)) * Math.log(n / df.get(term)!) : 0;
      if (w > 0) entries.push([slot.get(term)!, w]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
    if (norm === 0) return null;
    return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1] / norm) };
  });
}

/**
 * All pairwise dot products of sparse vectors as an n × n matrix (NaN where a vector is null).
 * Each row is scattered into a dense buffer once, so a pair costs one pass over the other vector.
 */
export function sparseGram(vectors: readonly (SparseVector | null)[]): Float32Array {
  const n = vectors.length;
  let width = 0;
  for (const v of vectors) if (v?.ids.length) width = Math.max(width, v.ids[v.ids.length - 1]! + 1);
  const dense = new Float64Array(width);
  const m = new Float32Array(n * n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    const a = vectors[i];
    if (!a) continue;
    for (let k = 0; k < a.ids.length; k++) dense[a.ids[k]!] = a.weights[k]!;
    for (let j = i; j < n; j++) {
      const b = vectors[j];
      if (!b) continue;
      let s = 0;
      for (let k = 0; k < b.ids.length; k++) s += dense[b.ids[k]!]! * b.weights[k]!;
      m[i * n + j] = s;
      m[j * n + i] = s;
    }
    for (let k = 0; k < a.ids.length; k++) dense[a.ids[k]!] = 0;
  }
  return m;
}

/** Dot product of two sparse vectors (a merge over their sorted slots). */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}
