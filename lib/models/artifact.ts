import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from './tf';
import type { ActivityPrior } from './activity-prior';
import type { ModelConfig } from './config';
import './layers';
import type { OccupationHead } from './occupation';
import type { Vocab } from './tokenizer';

/** Everything needed to score: the members' encoders, their occupation heads, vocabulary and calibration. */
export interface ExposureModel {
  version: string;
  config: ModelConfig;
  vocab: Vocab;
  members: tf.LayersModel[];
  heads: OccupationHead[];
  intervalScale: number;
  /** Absent in artifacts trained before the prior existed: those score from the neural ensemble alone. */
  activityPrior?: ActivityPrior;
  dataVersions: Record<string, unknown>;
}

interface MemberEntry {
  modelTopology: tf.io.ModelArtifacts['modelTopology'];
  weightSpecs: tf.io.WeightsManifestEntry[];
  weights: string;
}

/** Serialises a layers model in memory (pure tfjs: no file:// handler without tfjs-node); also how workers get a member. */
export async function toArtifacts(model: tf.LayersModel): Promise<tf.io.ModelArtifacts> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  if (!saved) throw new Error('model did not save');
  return saved;
}

/** Writes models/<version>/: model.json (topologies, heads, calibration, activity prior), weights-N.bin, vocab.json, config.json. */
export async function saveModel(model: ExposureModel, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const members: MemberEntry[] = [];
  for (const [k, member] of model.members.entries()) {
    const artifacts = await toArtifacts(member);
    const weights = `weights-${k}.bin`;
    const data = tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? new ArrayBuffer(0));
    writeFileSync(path.join(dir, weights), Buffer.from(data));
    members.push({ modelTopology: artifacts.modelTopology, weightSpecs: artifacts.weightSpecs ?? [], weights });
  }
  const manifest = {
    format: 'taskshift-exposure-ensemble/2',
    version: model.version,
    members,
    heads: model.heads,
    intervalScale: model.intervalScale,
    activityPrior: model.activityPrior,
  };
  writeFileSync(path.join(dir, 'model.json'), `${JSON.stringify(manifest)}\n`);
  writeFileSync(path.join(dir, 'vocab.json'), `${JSON.stringify(model.vocab)}\n`);
  writeFileSync(
    path.join(dir, 'config.json'),
    `${JSON.stringify({ ...model.config, dataVersions: model.dataVersions }, null, 2)}\n`,
  );
}

/** Loads an artifact written by saveModel; predictions match the saved model exactly. */
export async function loadModel(dir: string): Promise<ExposureModel> {
  const read = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  const manifest = read('model.json') as {
    version: string;
    members: MemberEntry[];
    heads: OccupationHead[];
    intervalScale: number;
    activityPrior?: ActivityPrior;
  };
  const { dataVersions, ...config } = read('config.json') as ModelConfig & { dataVersions: Record<string, unknown> };
  const members: tf.LayersModel[] = [];
  for (const entry of manifest.members) {
    const buffer = readFileSync(path.join(dir, entry.weights));
    const weightData = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    members.push(
      await tf.loadLayersModel(
        tf.io.fromMemory({ modelTopology: entry.modelTopology, weightSpecs: entry.weightSpecs, weightData }),
      ),
    );
  }
  return {
    version: manifest.version,
    config,
    vocab: read('vocab.json') as Vocab,
    members,
    heads: manifest.heads,
    intervalScale: manifest.intervalScale,
    activityPrior: manifest.activityPrior,
    dataVersions,
  };
}

/** Frees the members' weights. */
export function disposeModel(model: ExposureModel): void {
  for (const m of model.members) m.dispose();
}

// Where artifacts live and which exist: shared with the web server, which must not load TensorFlow.js.
export { listArtifacts, MODELS_DIR } from './artifact-files';
