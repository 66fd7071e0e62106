import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '../tf';
import { CURRENT_ONET, CURRENT_ONET_FOLDER } from '../../db/onet-release';
import { resolveDataDir } from '../../env';
import { METRICS_FILE } from '../artifact-files';
import '../layers';
import { type TitleCoder, withIndex } from './coder';
import type { TitleConfig } from './config';
import { onetDir, readTitleCorpus } from './data';
import { buildRetriever, buildTaskRetriever, splitCorpus, toRetrieverRows } from './pipeline';
import type { SubwordVocab } from './subwords';

/** What the retrievers were built from: the training split's titles and the task statements, both from O*NET. */
export interface TitleTrainingData {
  retrieverRows: [string, string, string][];
  tasks: Map<string, string[]>;
  /** The split settings that chose the training titles (so the loader can choose them again). */
  split: Pick<TitleConfig, 'seed' | 'devShare' | 'valShare'>;
}

/**
 * coder.json's extra.trainingData: how to rebuild the retrievers' titles and tasks from the O*NET files
 * (never copied into the artifact) and sha256 fingerprints to check the rebuilt ones are those trained on.
 */
export interface TrainingDataFingerprint {
  source: typeof CURRENT_ONET_FOLDER;
  split: TitleTrainingData['split'];
  retrieverRows: { count: number; sha256: string };
  tasks: { count: number; sha256: string };
}

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Fingerprints of the retriever rows and the tasks (sha256 of their JSON, the tasks as a code → statements object). */
export function fingerprintTrainingData(data: TitleTrainingData): TrainingDataFingerprint {
  const split = { seed: data.split.seed, devShare: data.split.devShare, valShare: data.split.valShare };
  return {
    source: CURRENT_ONET_FOLDER,
    split,
    retrieverRows: { count: data.retrieverRows.length, sha256: sha256(data.retrieverRows) },
    tasks: { count: data.tasks.size, sha256: sha256(Object.fromEntries(data.tasks)) },
  };
}

/**
 * Rebuilds the retriever rows and tasks an artifact was trained with from the O*NET files under `dataRoot`
 * (DATA_DIR, data/raw or ../shared/data by default), with the training code, and checks their fingerprints.
 */
export function rebuildTrainingData(
  recorded: TrainingDataFingerprint,
  dataRoot = resolveDataDir(),
): Omit<TitleTrainingData, 'split'> {
  const dir = onetDir(dataRoot ?? path.join(process.cwd(), '..', 'shared', 'data'));
  if (!dataRoot || !existsSync(path.join(dir, 'Occupation Data.txt'))) {
    throw new Error(
      `the title coder needs O*NET ${CURRENT_ONET} titles in ${dir}: run npm run data:fetch or set DATA_DIR`,
    );
  }
  const corpus = readTitleCorpus(dataRoot, { dwas: false });
  const retrieverRows = toRetrieverRows(splitCorpus(corpus, recorded.split).bySplit.train);
  const found = fingerprintTrainingData({ retrieverRows, tasks: corpus.tasks, split: recorded.split });
  for (const key of ['retrieverRows', 'tasks'] as const) {
    if (found[key].sha256 !== recorded[key].sha256) {
      throw new Error(
        `the O*NET data in ${dir} is not what the title coder was trained on (${key}: ${found[key].count} with sha256 ${found[key].sha256.slice(0, 12)}…, ` +
          `trained on ${recorded[key].count} with ${recorded[key].sha256.slice(0, 12)}…): the data changed, retrain with npm run train:titles`,
      );
    }
  }
  return { retrieverRows, tasks: corpus.tasks };
}

/** What coder.json holds besides the network topology. */
interface CoderManifest {
  format: 'taskshift-title-coder/1';
  version: string;
  modelTopology: tf.io.ModelArtifacts['modelTopology'];
  weightSpecs: tf.io.WeightsManifestEntry[];
  vocab: SubwordVocab;
  codes: string[];
  titles: string[];
  blend: TitleCoder['blend'];
  extra: Record<string, unknown>;
}

/** Quantises float32 weights (uint8 for the embedding table, uint16 for the rest) to keep the artifact small. */
function quantise(
  specs: tf.io.WeightsManifestEntry[],
  data: ArrayBuffer,
): { specs: tf.io.WeightsManifestEntry[]; data: Buffer } {
  const floats = new Float32Array(data);
  const out: Buffer[] = [];
  let offset = 0;
  const quantised = specs.map((spec) => {
    const size = spec.shape.reduce((a, b) => a * b, 1);
    const values = floats.subarray(offset, offset + size);
    offset += size;
    const bits = spec.name.includes('embedding') ? 8 : 16;
    let min = Infinity,
      max = -Infinity;
    for (const v of values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (max < min) max = min;
    const levels = 2 ** bits - 1;
    const scale = max > min ? (max - min) / levels : 1;
    const q = bits === 8 ? new Uint8Array(size) : new Uint16Array(size);
    for (let i = 0; i < size; i++) q[i] = Math.round((values[i]! - min) / scale);
    out.push(Buffer.from(q.buffer));
    return {
      ...spec,
      quantization: { dtype: bits === 8 ? 'uint8' : 'uint16', min, scale },
    } as tf.io.WeightsManifestEntry;
  });
  return { specs: quantised, data: Buffer.concat(out) };
}

/**
 * Writes models/titles-<hash>/: coder.json (topology, quantised weight specs, vocabulary, codes, blend, and in
 * extra.trainingData the split settings and fingerprints of the retriever's titles and the tasks) and weights.bin.
 * The titles and tasks themselves are O*NET data: they are never copied here, the loader reads them from the data folder.
 */
export async function saveTitleCoder(
  coder: TitleCoder,
  dir: string,
  trainingData: TitleTrainingData,
  extra: Record<string, unknown> = {},
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  let saved: tf.io.ModelArtifacts | undefined;
  await coder.network.save(
    tf.io.withSaveHandler(async (a) => {
      saved = a;
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  if (!saved) throw new Error('title network did not save');
  const { specs, data } = quantise(
    saved.weightSpecs ?? [],
    tf.io.CompositeArrayBuffer.join(saved.weightData ?? new ArrayBuffer(0)),
  );
  writeFileSync(path.join(dir, 'weights.bin'), data);
  const manifest: CoderManifest = {
    format: 'taskshift-title-coder/1',
    version: coder.version,
    modelTopology: saved.modelTopology,
    weightSpecs: specs,
    vocab: coder.vocab,
    codes: coder.codes,
    titles: coder.titles,
    blend: coder.blend,
    extra: { ...extra, trainingData: fingerprintTrainingData(trainingData) },
  };
  writeFileSync(path.join(dir, 'coder.json'), `${JSON.stringify(manifest)}\n`);
}

/** The retriever's max_df share recorded in the artifact's config (1 = every feature, for artifacts without it). */
function retrieverMaxDf(extra: Record<string, unknown>): number {
  const value = (extra.config as { retrieverMaxDf?: unknown } | undefined)?.retrieverMaxDf;
  return typeof value === 'number' ? value : 1;
}

/**
 * Loads a title coder saved by saveTitleCoder (weights dequantised; retrievers rebuilt from the O*NET titles and
 * tasks under `dataRoot`, by default resolveDataDir(), checked against the recorded fingerprints).
 */
export async function loadTitleCoder(
  dir: string,
  dataRoot?: string,
): Promise<TitleCoder & { extra: Record<string, unknown>; retrieverRows: [string, string, string][] }> {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'coder.json'), 'utf8')) as CoderManifest;
  const recorded = manifest.extra.trainingData as TrainingDataFingerprint | undefined;
  if (!recorded)
    throw new Error(
      `${dir}: coder.json records no training-data fingerprint (extra.trainingData): retrain with npm run train:titles`,
    );
  const { retrieverRows: rows, tasks } = rebuildTrainingData(recorded, dataRoot ?? resolveDataDir());
  const buffer = readFileSync(path.join(dir, 'weights.bin'));
  const weightData = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  const network = await tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: manifest.modelTopology, weightSpecs: manifest.weightSpecs, weightData }),
  );
  const coder = withIndex({
    version: manifest.version,
    network,
    vocab: manifest.vocab,
    codes: manifest.codes,
    titles: manifest.titles,
    blend: manifest.blend,
    retriever: buildRetriever(rows, manifest.codes, retrieverMaxDf(manifest.extra)),
    taskRetriever: buildTaskRetriever(tasks, manifest.codes),
  });
  const baselineTemperature =
    typeof manifest.extra.baselineTemperature === 'number' ? manifest.extra.baselineTemperature : undefined;
  return { ...coder, baselineTemperature, extra: manifest.extra, retrieverRows: rows };
}

/** Title-coder artifacts under a models folder (folders holding coder.json), newest first by the trainedAt in metrics.json. */
export function listTitleCoders(root = path.join(process.cwd(), 'models')): string[] {
  // turbopackIgnore: `root` is chosen at run time (next start serves from the project folder), so the build traces nothing here.
  if (!existsSync(/* turbopackIgnore: true */ root)) return [];
  const stamp = (v: string) => {
    try {
      return String(
        JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ root, v, METRICS_FILE), 'utf8')).trainedAt ?? '',
      );
    } catch {
      return '';
    }
  };
  return readdirSync(/* turbopackIgnore: true */ root)
    .filter((v) => existsSync(path.join(root, v, 'coder.json')))
    .sort((a, b) => stamp(b).localeCompare(stamp(a)) || b.localeCompare(a));
}
