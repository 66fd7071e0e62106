import type { AnyFileSpec } from '../types';
import { specs as blsOews } from './bls-oews';
import { specs as blsOewsIndustry } from './bls-oews-industry';
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
export const registeredSpecs: readonly AnyFileSpec[] = withRunNames([
  ...onet,
  ...eloundou,
  ...crosswalks,
  ...blsOews,
  ...blsOewsIndustry,
  ...projections,
  ...indices,
]);

/**
 * Gives specs that share a source and file (one file, several scopes: e.g. three DAIOE indices)
 * distinct run names, so each keeps its own import history and unchanged-checksum check.
 */
function withRunNames(specs: AnyFileSpec[]): AnyFileSpec[] {
  const shared = new Map<string, number>();
  for (const s of specs) shared.set(`${s.source}|${s.file}`, (shared.get(`${s.source}|${s.file}`) ?? 0) + 1);
  return specs.map((s) =>
    (shared.get(`${s.source}|${s.file}`) ?? 0) > 1 && !s.runName
      ? { ...s, runName: `${s.file} [${Object.values(s.scope).join(', ')}]` }
      : s,
  );
}

/** The registered specs plus user-supplied index files found under `dir` (indices/*.csv). */
export function specsFor(dir: string): AnyFileSpec[] {
  return withRunNames([...registeredSpecs, ...customIndexSpecs(dir)]);
}

/** Distinct source names, in load order. */
export function sourceNames(specs: readonly AnyFileSpec[] = registeredSpecs): string[] {
  return [...new Set(specs.map((s) => s.source))];
}
