import type * as tf from '../tf';
import type { TitleConfig } from './config';
import { type TitleCoder, withIndex } from './coder';
import type { TitleCorpus, TitleRow } from './data';
import { fitBlend, reviewThreshold } from './fit';
import { normaliseTitle, plainText } from './normalise';
import { groupHeldOut, type HeldOutTitle, makeSplitter } from './split';
import { buildSubwordVocab, encodeSubwords, type SubwordVocab, subwordIndex } from './subwords';
import { buildTfidf, type TfidfIndex } from './tfidf';
import { type TrainCallbacks, trainTitleNetwork } from './train-network';

/** What a training run produces. */
export interface TrainedTitles {
  coder: TitleCoder;
  /** Titles the retriever indexes, as [code, title, source] (fingerprinted in the artifact, rebuilt from O*NET at load). */
  retrieverRows: [string, string, string][];
  /** The TF-IDF nearest-title baseline: every character 2-4-gram and word, over the same titles. */
  baseline: TfidfIndex;
  baselineTemperature: number;
  split: { trainTitles: number; devTitles: number; valTitles: number; examples: number };
  dev: HeldOutTitle[];
  val: HeldOutTitle[];
}

/**
 * The lexical retriever over training titles (O*NET, alternate, short and training reported titles);
 * `maxDfShare` 1 keeps every feature (the TF-IDF baseline), the coder's own leaves out the commonest.
 */
export function buildRetriever(
  rows: readonly [string, string, string][],
  codes: readonly string[],
  maxDfShare = 1,
): TfidfIndex {
  const classOf = new Map(codes.map((c, i) => [c, i]));
  const docs = rows.flatMap(([code, title, source]) => {
    const cls = classOf.get(code);
    return cls === undefined ? [] : [{ text: normaliseTitle(title).text, cls, label: title, source }];
  });
  return buildTfidf(docs, codes, true, maxDfShare);
}

/** The task-statement retriever descriptions are matched against. */
export function buildTaskRetriever(tasks: Map<string, string[]>, codes: readonly string[]): TfidfIndex {
  const docs = codes.flatMap((code, cls) =>
    (tasks.get(code) ?? []).map((t) => ({ text: plainText(t), cls, label: t, source: 'task' })),
  );
  return buildTfidf(docs, codes, false);
}

/** The retriever's [code, title, source] rows: the training split's titles (recomputed when an artifact loads). */
export function toRetrieverRows(train: readonly TitleRow[]): [string, string, string][] {
  return train.map((r): [string, string, string] => [r.code, r.title, r.source]);
}

/** The corpus split by title string (see makeSplitter), with dev and validation titles grouped with their gold codes. */
export function splitCorpus(corpus: TitleCorpus, config: Pick<TitleConfig, 'seed' | 'devShare' | 'valShare'>) {
  const classOf = new Map(corpus.occupations.map((o, i) => [o.code, i]));
  const splitOf = makeSplitter(corpus.titles, config.seed, { dev: config.devShare, val: config.valShare });
  const bySplit = { train: [] as TitleRow[], dev: [] as TitleRow[], val: [] as TitleRow[] };
  for (const row of corpus.titles) bySplit[splitOf(row)].push(row);
  // gold codes are those the string was reported under (its alternate-title rows are only withheld)
  const dev = groupHeldOut(
    bySplit.dev.filter((r) => r.source === 'reported'),
    classOf,
  );
  const val = groupHeldOut(
    bySplit.val.filter((r) => r.source === 'reported'),
    classOf,
  );
  return { bySplit, dev, val };
}

/** Trains the network, builds the retrievers, fits blend weight, temperature and review threshold on dev titles. */
export async function trainTitleCoder(
  corpus: TitleCorpus,
  config: TitleConfig,
  version: string,
  cb: TrainCallbacks & { onStage?: (stage: string) => void } = {},
  pretrained?: { network: tf.LayersModel; vocab: SubwordVocab },
): Promise<TrainedTitles> {
  const codes = corpus.occupations.map((o) => o.code);
  const classOf = new Map(codes.map((c, i) => [c, i]));
  const { bySplit, dev, val } = splitCorpus(corpus, config);
  const examples: { text: string; cls: number }[] = [];
  for (const r of bySplit.train) {
    const text = normaliseTitle(r.title).text;
    for (let k = 0; k < (r.source === 'reported' ? config.reportedRepeats : 1); k++)
      examples.push({ text, cls: classOf.get(r.code)! });
  }
  if (config.useTasks) {
    for (const [code, list] of [...corpus.tasks, ...corpus.dwas])
      for (const t of list) examples.push({ text: plainText(t), cls: classOf.get(code)! });
  }
  const vocab = buildSubwordVocab(
    examples.map((e) => e.text),
    { maxSize: config.vocabSize, minCount: config.minCount, maxLen: config.maxLen },
  );
  if (pretrained && JSON.stringify(pretrained.vocab) !== JSON.stringify(vocab))
    throw new Error('the pretrained network was trained on another vocabulary');
  const network =
    pretrained?.network ??
    (await trainTitleNetwork(
      {
        ids: encodeSubwords(
          examples.map((e) => e.text),
          subwordIndex(vocab),
          config.maxLen,
        ),
        classes: Int32Array.from(examples.map((e) => e.cls)),
        rows: examples.length,
      },
      vocab.subwords.length,
      codes.length,
      config,
      cb,
    ));
  cb.onStage?.('building the retrievers');
  const retrieverRows = toRetrieverRows(bySplit.train);
  const coder = withIndex({
    version,
    network,
    vocab,
    codes,
    titles: corpus.occupations.map((o) => o.title),
    retriever: buildRetriever(retrieverRows, codes, config.retrieverMaxDf),
    taskRetriever: buildTaskRetriever(corpus.tasks, codes),
    blend: { beta: 0, gamma: 0, temperature: 1, reviewThreshold: 0 },
  });
  cb.onStage?.('fitting the blend, temperature and review threshold on dev titles');
  const baseline = buildRetriever(retrieverRows, codes);
  const fitted = fitBlend(coder, dev, baseline);
  coder.blend = { ...fitted.blend, gamma: config.descriptionWeight, reviewThreshold: 0 };
  coder.blend.reviewThreshold = reviewThreshold(coder, dev, config.reviewAccuracy);
  const split = {
    trainTitles: bySplit.train.length,
    devTitles: dev.length,
    valTitles: val.length,
    examples: examples.length,
  };
  return { coder, retrieverRows, baseline, baselineTemperature: fitted.baselineTemperature, split, dev, val };
}
