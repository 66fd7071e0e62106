/**
 * A TF-IDF index over titles (character 2-4-grams plus words), answering the best-matching title per code.
 * Kept features have ids in the order they are first seen; their idf and postings are flat typed arrays indexed
 * by id (one view object per posting cost 100,000 objects, about 10 MB of the serving coder's heap, measured).
 */
export interface TfidfIndex {
  /** Kept feature → its id. */
  featureIds: Map<string, number>;
  /** idf of each feature id. */
  idf: Float64Array;
  /** Feature id f's postings are postingDocs and postingWeights at postingStart[f] … postingStart[f + 1]. */
  postingStart: Int32Array;
  postingDocs: Int32Array;
  postingWeights: Float32Array;
  /** Class index (into `codes`) of each document. */
  docClass: Int32Array;
  /** Original title of each document and where it came from (for "why it matched"). */
  docLabel: string[];
  docSource: string[];
  codes: string[];
  nDocs: number;
  /** Whether character n-grams are features (titles) or only words (task statements). */
  chars: boolean;
}

/** Character 2-, 3- and 4-grams of " text " plus its words, with counts. */
export function lexicalFeatures(text: string, chars = true): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);
  for (const w of text.split(' ')) if (w) add(`w:${w}`);
  if (!chars) return out;
  const padded = ` ${text} `;
  for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) add(padded.slice(i, i + n));
  return out;
}

/** Sublinear tf × idf, L2-normalised, by feature id; features the index does not know are dropped. */
function weigh(counts: Map<string, number>, index: TfidfIndex): Map<number, number> {
  const out = new Map<number, number>();
  let norm = 0;
  for (const [f, n] of counts) {
    const id = index.featureIds.get(f);
    if (id === undefined) continue;
    const v = (1 + Math.log(n)) * index.idf[id]!;
    out.set(id, v);
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [id, v] of out) out.set(id, v * scale);
  return out;
}

/** A document to index: normalised text, class index, original label and source. */
export interface TfidfDoc {
  text: string;
  cls: number;
  label: string;
  source: string;
}

/**
 * Indexes (normalised title, class) documents; identical pairs are indexed once (the first label kept).
 * Features in more than `maxDfShare` of the documents are left out (like max_df): they say little and
 * their long postings would make every query slow.
 */
export function buildTfidf(
  docs: readonly TfidfDoc[],
  codes: readonly string[],
  chars = true,
  maxDfShare = 1,
): TfidfIndex {
  const seen = new Set<string>();
  const unique = docs.filter((d) => d.text && !seen.has(`${d.cls}|${d.text}`) && seen.add(`${d.cls}|${d.text}`));
  const { names, df, ids, counts, docStart } = internFeatures(unique, chars);
  const maxDf = Math.max(1, Math.floor(maxDfShare * unique.length));
  const keptId = new Int32Array(names.length).fill(-1); // -1: a feature left out (df over maxDf)
  const featureIds = new Map<string, number>();
  const idf: number[] = [];
  const postingStart = [0];
  names.forEach((f, id) => {
    if (df[id]! > maxDf) return;
    keptId[id] = featureIds.size;
    featureIds.set(f, featureIds.size);
    idf.push(Math.log((unique.length + 1) / (df[id]! + 1)) + 1);
    postingStart.push(postingStart.at(-1)! + df[id]!); // each kept feature's postings hold exactly its df documents
  });
  const postingDocs = new Int32Array(postingStart.at(-1)!);
  const postingWeights = new Float32Array(postingStart.at(-1)!);
  const nextSlot = Int32Array.from(postingStart.slice(0, -1));
  const values: number[] = [];
  for (let d = 0; d < unique.length; d++) {
    // as weigh() does: sublinear tf × idf in the document's feature order, then L2-normalised
    const from = docStart[d]!;
    const to = docStart[d + 1]!;
    let norm = 0;
    values.length = 0;
    for (let k = from; k < to; k++) {
      const kept = keptId[ids[k]!]!;
      const v = kept < 0 ? Number.NaN : (1 + Math.log(counts[k]!)) * idf[kept]!;
      values.push(v);
      if (!Number.isNaN(v)) norm += v * v;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = from; k < to; k++) {
      const v = values[k - from]!;
      if (Number.isNaN(v)) continue;
      const slot = nextSlot[keptId[ids[k]!]!]!++;
      postingDocs[slot] = d;
      postingWeights[slot] = v * scale;
    }
  }
  return {
    featureIds,
    idf: Float64Array.from(idf),
    postingStart: Int32Array.from(postingStart),
    postingDocs,
    postingWeights,
    docClass: Int32Array.from(unique.map((d) => d.cls)),
    docLabel: unique.map((d) => d.label),
    docSource: unique.map((d) => d.source),
    codes: [...codes],
    nDocs: unique.length,
    chars,
  };
}

/**
 * Every document's features as ids into `names` (first seen first) with their counts, flat (document d's are
 * at docStart[d] … docStart[d + 1]), and each feature's document frequency. Why: one Map of features per
 * document (about 50,000 titles × 60 n-grams) took some 300 MB of heap while the serving title coder loaded.
 * Plain arrays, not a typed array per document: those are allocated outside V8's heap, and 100,000 small ones
 * left the server's memory fragmented (its RSS 50–70 MB higher after loading, measured).
 */
function internFeatures(docs: readonly TfidfDoc[], chars: boolean) {
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const df: number[] = [];
  const ids: number[] = [];
  const counts: number[] = [];
  const docStart: number[] = [0];
  for (const doc of docs) {
    for (const [f, n] of lexicalFeatures(doc.text, chars)) {
      let id = idOf.get(f);
      if (id === undefined) {
        id = names.length;
        idOf.set(f, id);
        names.push(f);
        df.push(0);
      }
      df[id]!++;
      ids.push(id);
      counts.push(n);
    }
    docStart.push(ids.length);
  }
  return { names, df, ids, counts, docStart };
}

/** Reusable scratch space for queries (one per index; queries are synchronous, so sharing is safe). */
const scratch = new WeakMap<TfidfIndex, Float32Array>();

/**
 * Cosine similarity of the query to the best-matching title of every class (0 where none shares a
 * feature), and that title's document id per class (-1 where none).
 */
export function bestPerClass(index: TfidfIndex, text: string): { scores: Float32Array; bestDoc: Int32Array } {
  let acc = scratch.get(index);
  if (!acc) {
    acc = new Float32Array(index.nDocs);
    scratch.set(index, acc);
  }
  const touched: number[] = [];
  const { postingStart, postingDocs, postingWeights } = index;
  for (const [id, q] of weigh(lexicalFeatures(text, index.chars), index)) {
    for (let i = postingStart[id]!; i < postingStart[id + 1]!; i++) {
      const d = postingDocs[i]!;
      if (acc[d] === 0) touched.push(d);
      acc[d]! += q * postingWeights[i]!;
    }
  }
  const scores = new Float32Array(index.codes.length);
  const bestDoc = new Int32Array(index.codes.length).fill(-1);
  for (const d of touched) {
    const c = index.docClass[d]!;
    if (acc[d]! > scores[c]!) {
      scores[c] = acc[d]!;
      bestDoc[c] = d;
    }
    acc[d] = 0;
  }
  return { scores, bestDoc };
}
