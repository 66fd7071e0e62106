import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Db } from '../db/client';
import { expireInterruptedImportRuns } from '../db/imports';
import { deriveEmploymentSeries } from './derive-employment';
import { loadFile, type FileResult } from './load';
import { startParsePool, type ParsePool } from './parse-pool';
import { sourceNames, specsFor } from './sources';
import type { AnyFileSpec } from './types';

export interface IngestOptions {
  /** Folder laid out like ../shared/data (onet/, bls/, ai_exposure/, crosswalks/, indices/). */
  dir: string;
  /** Only these sources; every source found under `dir` when absent. */
  sources?: readonly string[];
  skipInvalid?: boolean;
  force?: boolean;
  /** Sources loaded at once; default 4 on Postgres, 1 on PGlite. */
  concurrency?: number;
  /**
   * Worker threads that parse and validate while this thread writes; 0 = parse on this thread.
   * Default: defaultParseWorkers.
   */
  parseWorkers?: number;
  /** Parse workers already started (and left open), used instead of starting `parseWorkers` new ones. */
  parsePool?: ParsePool;
  onFileStart?: (spec: AnyFileSpec) => void;
  onProgress?: (spec: AnyFileSpec, progress: { rows: number; bytes: number; totalBytes: number }) => void;
  onFileDone?: (result: FileResult) => void;
}

/** A step run after sources load (e.g. the SOC 2010→2018 employment series). */
export interface DerivedStep {
  name: string;
  status: 'succeeded' | 'failed';
  message: string;
  durationMs: number;
}

export interface IngestReport {
  files: FileResult[];
  derived: DerivedStep[];
  /** Files (and derived steps) that failed. */
  failed: number;
  durationMs: number;
}

/** Total size of the files to load from which runIngest parses them in worker threads by default. */
export const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;

/**
 * Parse workers runIngest starts by default: one per core for PARALLEL_FROM_BYTES of files or more on a
 * machine with more than 2 cores; else none. Measured on 2 cores (bench:ingest --workers, load 1-2): one
 * thread 3.3-3.5 s, two workers 3.9-5.0 s; with the main thread and Postgres there, workers only add CPU.
 */
export function defaultParseWorkers(bytes: number, cores = availableParallelism()): number {
  return bytes >= PARALLEL_FROM_BYTES && cores > 2 ? cores : 0;
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
  await expireInterruptedImportRuns(db);
  const all = specsFor(options.dir);
  const unknown = (options.sources ?? []).filter((s) => !sourceNames(all).includes(s));
  if (unknown.length)
    throw new Error(`Unknown source(s): ${unknown.join(', ')}. Known: ${sourceNames(all).join(', ')}`);
  const wanted = options.sources ? new Set(options.sources) : undefined;
  const present = new Set(all.filter((s) => existsSync(path.join(options.dir, s.file))).map((s) => s.source));
  const selected = all.filter((spec) => (wanted ? wanted.has(spec.source) : present.has(spec.source)));
  const bySource = new Map<string, AnyFileSpec[]>();
  for (const spec of selected) bySource.set(spec.source, [...(bySource.get(spec.source) ?? []), spec]);

  const sizeOf = (spec: AnyFileSpec) =>
    existsSync(path.join(options.dir, spec.file)) ? statSync(path.join(options.dir, spec.file)).size : 0;
  const bytes = selected.reduce((n, s) => n + sizeOf(s), 0);
  const workers = options.parseWorkers ?? defaultParseWorkers(bytes);
  const own = !options.parsePool && workers > 0 ? startParsePool(workers) : undefined;
  const pool = options.parsePool ?? own;
  const results = new Map<AnyFileSpec, FileResult>();
  const reloaded = new Set<string>();
  const finished = new Set<string>();
  // The employment derivation reads only its inputs' tables, so it may run as soon as they are loaded.
  const inputs = [...bySource.keys()].filter((source) => EMPLOYMENT_INPUTS.has(source));
  let derivation: Promise<DerivedStep> | undefined;
  const deriveOnce = () => {
    if (!derivation && inputs.some((source) => reloaded.has(source))) derivation = deriveEmployment(db);
  };
  const loadSource = async (specs: AnyFileSpec[]) => {
    for (const spec of specs) {
      const absent = !existsSync(path.join(options.dir, spec.file));
      if (!(absent && spec.optional)) options.onFileStart?.(spec);
      const result = await loadFile(db, options.dir, spec, {
        skipInvalid: options.skipInvalid,
        force: options.force || reloaded.has(spec.source),
        onProgress: options.onProgress && ((p) => options.onProgress?.(spec, p)),
        batches: pool?.batches(options.dir, spec),
      });
      if (result.status === 'succeeded') reloaded.add(spec.source);
      results.set(spec, result);
      if (result.status !== 'missing') options.onFileDone?.(result);
    }
    finished.add(specs[0]?.source ?? '');
    // On Postgres the derivation starts once its inputs are in, beside the sources still loading.
    if (db.kind === 'postgres' && inputs.every((source) => finished.has(source))) deriveOnce();
  };
  // Sources touch disjoint rows, so on Postgres up to four load at once (one parses while another's COPY
  // is stored, and per-file round trips overlap); PGlite has one connection, so there they load one after another.
  // With parse workers, this thread only writes: PGlite (one connection) too gets parsing beside its writes.
  try {
    await inParallel(
      inputsFirst(longestFirst([...bySource.values()], sizeOf)),
      options.concurrency ?? (db.kind === 'postgres' ? 4 : 1),
      loadSource,
    );
  } finally {
    await own?.close();
  }

  const files = selected.map((spec) => results.get(spec)).filter((r): r is FileResult => r !== undefined);
  deriveOnce();
  const derived: DerivedStep[] = derivation ? [await derivation] : [];
  const failed =
    files.filter((f) => f.status === 'failed').length + derived.filter((d) => d.status === 'failed').length;
  return { files, derived, failed, durationMs: performance.now() - started };
}

/** Fixed cost of one file's load (checksum, import_run rows, transaction, commit), in bytes of parsing it is worth. */
const PER_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Sources ordered by their estimated load time (bytes, plus a fixed cost per file), longest first: a
 * source's files load one after another, so a long chain started late (13 OEWS years) ends the ingest alone.
 */
export function longestFirst(sources: AnyFileSpec[][], sizeOf: (spec: AnyFileSpec) => number): AnyFileSpec[][] {
  const cost = (specs: AnyFileSpec[]) => specs.reduce((n, spec) => n + sizeOf(spec) + PER_FILE_BYTES, 0);
  return sources
    .map((specs) => ({ specs, cost: cost(specs) }))
    .sort((a, b) => b.cost - a.cost)
    .map((s) => s.specs);
}

/**
 * The employment derivation's inputs first (each group still longest first): the derivation starts when they
 * are loaded, so on Postgres it then runs beside the sources still loading instead of after the last one.
 */
export function inputsFirst(sources: AnyFileSpec[][]): AnyFileSpec[][] {
  const isInput = (specs: AnyFileSpec[]) => EMPLOYMENT_INPUTS.has(specs[0]?.source ?? '');
  return [...sources.filter(isInput), ...sources.filter((specs) => !isInput(specs))];
}

/** Runs `task` over `items` with at most `limit` running at once. */
async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

/** Rebuilds employment_series from OEWS and the SOC crosswalk (lib/ingest/derive-employment.ts). */
async function deriveEmployment(db: Db): Promise<DerivedStep> {
  const name = 'employment_series';
  const started = performance.now();
  try {
    const summary = await deriveEmploymentSeries(db);
    return { name, status: 'succeeded', message: JSON.stringify(summary), durationMs: performance.now() - started };
  } catch (err) {
    return { name, status: 'failed', message: (err as Error).message, durationMs: performance.now() - started };
  }
}
