import type { AnyFileSpec } from '../types';
import { specs as blsOews } from './bls-oews';
import { specs as crosswalks } from './crosswalks';
import { customIndexSpecs } from './custom-index';
import { specs as eloundou } from './eloundou';
import { specs as indices } from './indices';
import { specs as onet } from './onet';
import { specs as projections } from './projections';

/**
 * Every known file, in load order: O*NET and labels first (the models need them), then the
 * crosswalks that BLS data is mapped through, then BLS and the published indices.
 */
export const registeredSpecs: readonly AnyFileSpec[] = [
  ...onet,
  ...eloundou,
  ...crosswalks,
  ...blsOews,
  ...projections,
  ...indices,
];

/** The registered specs plus user-supplied index files found under `dir` (indices/*.csv). */
export function specsFor(dir: string): AnyFileSpec[] {
  return [...registeredSpecs, ...customIndexSpecs(dir)];
}

/** Distinct source names, in load order. */
export function sourceNames(specs: readonly AnyFileSpec[] = registeredSpecs): string[] {
  return [...new Set(specs.map((s) => s.source))];
}
