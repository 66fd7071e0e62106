import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client';
import { loadFile, type FileResult } from './load';
import { sourceNames, specsFor } from './sources';
import type { AnyFileSpec } from './types';

export interface IngestOptions {
  /** Folder laid out like ../shared/data (onet/, bls/, ai_exposure/, crosswalks/, indices/). */
  dir: string;
  /** Only these sources; every source found under `dir` when absent. */
  sources?: readonly string[];
  skipInvalid?: boolean;
  force?: boolean;
  onFileStart?: (spec: AnyFileSpec) => void;
  onProgress?: (spec: AnyFileSpec, progress: { rows: number; bytes: number; totalBytes: number }) => void;
  onFileDone?: (result: FileResult) => void;
}

/** A step run after sources load (e.g. the SOC 2010→2018 employment series). */
export interface DerivedStep {
  name: string;
  status: 'succeeded' | 'failed';
  message: string;
}

export interface IngestReport {
  files: FileResult[];
  derived: DerivedStep[];
  /** Files (and derived steps) that failed. */
  failed: number;
  durationMs: number;
}

/** Sources whose load triggers the employment derivation. */
const EMPLOYMENT_INPUTS = new Set(['bls-oews', 'crosswalks']);

/**
 * Ingests every known source found under `dir` (a source is found when any of its files exists;
 * a requested source must be found). Files of one source load in order, and once one reloads the
 * later ones reload too, since they may build on it. Never throws for bad data: see the report.
 */
export async function runIngest(db: Db, options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const all = specsFor(options.dir);
  const unknown = (options.sources ?? []).filter((s) => !sourceNames(all).includes(s));
  if (unknown.length) throw new Error(`Unknown source(s): ${unknown.join(', ')}. Known: ${sourceNames(all).join(', ')}`);
  const wanted = options.sources ? new Set(options.sources) : undefined;
  const present = new Set(all.filter((s) => existsSync(path.join(options.dir, s.file))).map((s) => s.source));
  const files: FileResult[] = [];
  const reloaded = new Set<string>();
  for (const spec of all) {
    if (wanted ? !wanted.has(spec.source) : !present.has(spec.source)) continue;
    const absent = !existsSync(path.join(options.dir, spec.file));
    if (!(absent && spec.optional)) options.onFileStart?.(spec);
    const result = await loadFile(db, options.dir, spec, {
      skipInvalid: options.skipInvalid,
      force: options.force || reloaded.has(spec.source),
      onProgress: options.onProgress && ((p) => options.onProgress?.(spec, p)),
    });
    if (result.status === 'succeeded') reloaded.add(spec.source);
    files.push(result);
    if (result.status !== 'missing') options.onFileDone?.(result);
  }
  const derived: DerivedStep[] = [];
  if ([...EMPLOYMENT_INPUTS].some((s) => reloaded.has(s))) derived.push(await deriveEmployment(db));
  const failed = files.filter((f) => f.status === 'failed').length + derived.filter((d) => d.status === 'failed').length;
  return { files, derived, failed, durationMs: performance.now() - started };
}

/** Runs ingest-B's derivation (lib/ingest/derive-employment.ts) when that module exists. */
async function deriveEmployment(db: Db): Promise<DerivedStep> {
  const name = 'employment_series';
  const specifier = './derive-employment';
  let mod: { deriveEmploymentSeries?: (db: Db) => Promise<unknown> };
  try {
    mod = (await import(/* @vite-ignore */ specifier)) as typeof mod;
  } catch {
    return { name, status: 'succeeded', message: 'skipped: no derivation module' };
  }
  if (!mod.deriveEmploymentSeries) return { name, status: 'succeeded', message: 'skipped: no derivation module' };
  try {
    const result = await mod.deriveEmploymentSeries(db);
    return { name, status: 'succeeded', message: typeof result === 'string' ? result : JSON.stringify(result) };
  } catch (err) {
    return { name, status: 'failed', message: (err as Error).message };
  }
}
