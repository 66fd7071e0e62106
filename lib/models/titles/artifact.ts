import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as tf from '@tensorflow/tfjs';
import '../layers';
import { type TitleCoder, withIndex } from './coder';
import { buildRetriever, buildTaskRetriever } from './pipeline';
import type { SubwordVocab } from './subwords';

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
function quantise(specs: tf.io.WeightsManifestEntry[], data: ArrayBuffer): { specs: tf.io.WeightsManifestEntry[]; data: Buffer } {
  const floats = new Float32Array(data);
  const out: Buffer[] = [];
  let offset = 0;
  const quantised = specs.map((spec) => {
    const size = spec.shape.reduce((a, b) => a * b, 1);
    const values = floats.subarray(offset, offset + size);
    offset += size;
    const bits = spec.name.includes('embedding') ? 8 : 16;
    let min = Infinity, max = -Infinity;
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
    return { ...spec, quantization: { dtype: bits === 8 ? 'uint8' : 'uint16', min, scale } } as tf.io.WeightsManifestEntry;
  });
  return { specs: quantised, data: Buffer.concat(out) };
}

/**
 * Writes models/titles-<hash>/: coder.json (topology, quantised weight specs, vocabulary, codes, blend),
 * weights.bin, titles.json.gz (the retriever's titles) and tasks.json.gz (task statements for descriptions).
 */
export async function saveTitleCoder(coder: TitleCoder, dir: string, retrieverRows: [string, string, string][], tasks: Map<string, string[]>, extra: Record<string, unknown> = {}): Promise<void> {
  mkdirSync(dir, { recursive: true });
  let saved: tf.io.ModelArtifacts | undefined;
  await coder.network.save(tf.io.withSaveHandler(async (a) => ((saved = a), { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } })));
  if (!saved) throw new Error('title network did not save');
  const { specs, data } = quantise(saved.weightSpecs ?? [], tf.io.CompositeArrayBuffer.join(saved.weightData ?? new ArrayBuffer(0)));
  writeFileSync(path.join(dir, 'weights.bin'), data);
  const manifest: CoderManifest = {
    format: 'taskshift-title-coder/1', version: coder.version, modelTopology: saved.modelTopology, weightSpecs: specs,
    vocab: coder.vocab, codes: coder.codes, titles: coder.titles, blend: coder.blend, extra,
  };
  writeFileSync(path.join(dir, 'coder.json'), `${JSON.stringify(manifest)}\n`);
  // mtime 0 in the gzip header keeps the files byte-identical across runs
  writeFileSync(path.join(dir, 'titles.json.gz'), gzipSync(JSON.stringify(retrieverRows), { level: 9 }));
  writeFileSync(path.join(dir, 'tasks.json.gz'), gzipSync(JSON.stringify(Object.fromEntries(tasks)), { level: 9 }));
}

/** The retriever's max_df share recorded in the artifact's config (1 = every feature, for artifacts without it). */
function retrieverMaxDf(extra: Record<string, unknown>): number {
  const value = (extra.config as { retrieverMaxDf?: unknown } | undefined)?.retrieverMaxDf;
  return typeof value === 'number' ? value : 1;
}

/** Loads a title coder saved by saveTitleCoder (weights dequantised; retrievers rebuilt from the stored titles). */
export async function loadTitleCoder(dir: string): Promise<TitleCoder & { extra: Record<string, unknown>; retrieverRows: [string, string, string][] }> {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'coder.json'), 'utf8')) as CoderManifest;
  const buffer = readFileSync(path.join(dir, 'weights.bin'));
  const weightData = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  const network = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: manifest.modelTopology, weightSpecs: manifest.weightSpecs, weightData }));
  const rows = JSON.parse(gunzipSync(readFileSync(path.join(dir, 'titles.json.gz'))).toString('utf8')) as [string, string, string][];
  const tasks = new Map(Object.entries(JSON.parse(gunzipSync(readFileSync(path.join(dir, 'tasks.json.gz'))).toString('utf8')) as Record<string, string[]>));
  const coder = withIndex({
    version: manifest.version, network, vocab: manifest.vocab, codes: manifest.codes, titles: manifest.titles, blend: manifest.blend,
    retriever: buildRetriever(rows, manifest.codes, retrieverMaxDf(manifest.extra)), taskRetriever: buildTaskRetriever(tasks, manifest.codes),
  });
  const baselineTemperature = typeof manifest.extra.baselineTemperature === 'number' ? manifest.extra.baselineTemperature : undefined;
  return { ...coder, baselineTemperature, extra: manifest.extra, retrieverRows: rows };
}

/** Title-coder artifacts under a models folder (folders holding coder.json), newest first by the trainedAt in metrics.json. */
export function listTitleCoders(root = path.join(process.cwd(), 'models')): string[] {
  if (!existsSync(root)) return [];
  const stamp = (v: string) => {
    try {
      return String(JSON.parse(readFileSync(path.join(root, v, 'metrics.json'), 'utf8')).trainedAt ?? '');
    } catch {
      return '';
    }
  };
  return readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'coder.json')))
    .sort((a, b) => stamp(b).localeCompare(stamp(a)) || b.localeCompare(a));
}
