import type { TaskExample } from '../db/model-data';
import { rng, shuffled } from './random';

// Tasks and references are shaped by their reader, lib/db/model-data.ts (the layer below); re-exported for the models.
export type { OccupationReference, TaskExample } from '../db/model-data';

export type SplitName = 'train' | 'val' | 'test';

/** Exposure value of an E label for β: E0 → 0, E1 → 1, E2 → 0.5. */
export const labelExposure = (label: number): number => (label === 1 ? 1 : label === 2 ? 0.5 : 0);

/** Expected exposure of class probabilities [p0, p1, p2]: p1 + 0.5·p2. */
export const expectedExposure = (p: readonly number[]): number => (p[1] ?? 0) + 0.5 * (p[2] ?? 0);

/** Variance of a task's label value (E0 → 0, E1 → 1, E2 → 0.5) under class probabilities [p0, p1, p2]. */
export const labelVariance = (p: readonly number[]): number =>
  (p[1] ?? 0) + 0.25 * (p[2] ?? 0) - expectedExposure(p) ** 2;

/** Expected automation level in [0, 1] of probabilities over T0–T4. */
export const expectedAutomation = (p: readonly number[]): number => p.reduce((s, v, k) => s + (v * k) / 4, 0);

/**
 * Splits occupations (never tasks: an occupation's tasks are near-duplicates) into
 * train / validation / test with a seeded shuffle of the sorted codes.
 */
export function splitOccupations(
  codes: Iterable<string>,
  seed: number,
  trainFraction: number,
  valFraction: number,
): Map<string, SplitName> {
  const unique = shuffled([...new Set(codes)].sort(), rng(seed));
  const nTrain = Math.round(unique.length * trainFraction);
  const nVal = Math.round(unique.length * valFraction);
  return new Map(unique.map((c, i) => [c, i < nTrain ? 'train' : i < nTrain + nVal ? 'val' : 'test']));
}

/** Groups items by occupation code, keeping their order. */
export function byOccupation<T extends { code: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.code);
    if (list) list.push(item);
    else out.set(item.code, [item]);
  }
  return out;
}

/** Human β of each occupation: the mean over its labelled tasks of E1 + 0.5·E2. */
export function humanBeta(tasks: readonly TaskExample[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, list] of byOccupation(tasks.filter((t) => t.human !== undefined))) {
    out.set(code, list.reduce((s, t) => s + labelExposure(t.human!), 0) / list.length);
  }
  return out;
}
