import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// Kept free of TensorFlow.js so the web server can read an artifact's records without loading it. The
// artifact folder is read at run time from the working directory, so the bundler is told not to trace it.

/** The artifact folder of the repository (models/). */
export const MODELS_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'models');
/** MODELS_DIR as command-line help shows its default. */
export const MODELS_DIR_LABEL = 'models/';
/** The file of an artifact folder holding its training record and evaluation (trainedAt, metrics, data versions). */
export const METRICS_FILE = 'metrics.json';

/** A model version name as training writes it: letters, digits, dot, dash, underscore (never a path). */
const VERSION_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Versions present under a models folder, newest artifact first (by the trainedAt in metrics.json). */
export function listArtifacts(root = MODELS_DIR): string[] {
  if (!existsSync(/* turbopackIgnore: true */ root)) return [];
  const stamp = (v: string) => {
    try {
      return String(
        JSON.parse(readFileSync(/* turbopackIgnore: true */ path.join(root, v, METRICS_FILE), 'utf8')).trainedAt ?? '',
      );
    } catch {
      return '';
    }
  };
  return readdirSync(/* turbopackIgnore: true */ root)
    .filter((v) => existsSync(/* turbopackIgnore: true */ path.join(root, v, 'model.json')))
    .sort((a, b) => stamp(b).localeCompare(stamp(a)) || b.localeCompare(a));
}

/** What an artifact folder records about its model: metrics.json (evaluation) and config.json (training settings). */
export interface ArtifactRecord {
  version: string;
  /** Where the files were read, relative to the repository (e.g. models/full-s42-4a6a5ba2). */
  folder: string;
  metrics: unknown;
  config: unknown;
}

/**
 * Reads a committed artifact's metrics.json and config.json; null when the version has no
 * folder (e.g. trained elsewhere and only registered in the database) or a file is unreadable.
 */
export function readArtifactRecord(version: string, root = MODELS_DIR): ArtifactRecord | null {
  if (!VERSION_NAME.test(version) || version.includes('..')) return null;
  const dir = path.join(root, version);
  try {
    const read = (name: string) =>
      JSON.parse(readFileSync(/* turbopackIgnore: true */ path.join(dir, name), 'utf8')) as unknown;
    return { version, folder: `models/${version}`, metrics: read(METRICS_FILE), config: read('config.json') };
  } catch {
    return null;
  }
}

/**
 * The newest title-coder artifact's metrics.json (folders holding coder.json, chosen as the title coder
 * itself chooses them: the last name in sort order); null when none is committed or it is unreadable.
 */
export function readTitleCoderRecord(root = MODELS_DIR): { version: string; folder: string; metrics: unknown } | null {
  if (!existsSync(/* turbopackIgnore: true */ root)) return null;
  const version = readdirSync(/* turbopackIgnore: true */ root)
    .filter((v) => VERSION_NAME.test(v) && existsSync(/* turbopackIgnore: true */ path.join(root, v, 'coder.json')))
    .sort()
    .reverse()[0];
  if (!version) return null;
  try {
    const metrics = JSON.parse(
      readFileSync(/* turbopackIgnore: true */ path.join(root, version, METRICS_FILE), 'utf8'),
    ) as unknown;
    return { version, folder: `models/${version}`, metrics };
  } catch {
    return null;
  }
}
