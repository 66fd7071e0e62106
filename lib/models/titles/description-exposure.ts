import path from 'node:path';
import { type ExposureModel, listArtifacts, loadModel, MODELS_DIR } from '../artifact';
import type { TaskExample } from '../data';
import { scoreAll } from '../score';
import type { OccupationExposure } from './match';

/** Splits a job description into sentences worth scoring as task statements (at least three words). */
export function descriptionSentences(description: string): string[] {
  return description
    .split(/(?<=[.!?;])\s+|\s*[\r\n]+\s*|\s+[•·▪-]\s+/)
    .map((s) => s.replace(/^[\s•·▪*-]+/, '').trim())
    .filter((s) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3)
    .slice(0, 40);
}

/**
 * Exposure of each described job from its own description: its sentences are scored by the exposure
 * model as the task statements of a pseudo-occupation (titled with the matched O*NET title), giving
 * an exposure, interval, automation and share exposed beside the matched occupation's. Null where
 * a description has no sentence to score.
 */
export function descriptionExposure(
  model: ExposureModel,
  items: readonly { description?: string | null; onetTitle: string }[],
): (OccupationExposure | null)[] {
  const tasks: TaskExample[] = [];
  items.forEach((item, i) => {
    descriptionSentences(item.description ?? '').forEach((text, k) => {
      tasks.push({ code: `description-${i}`, taskId: k, text, title: item.onetTitle, taskType: null });
    });
  });
  if (tasks.length === 0) return items.map(() => null);
  const scored = new Map(scoreAll(model, tasks, []).occupations.map((o) => [o.code, o]));
  return items.map((_, i) => {
    const o = scored.get(`description-${i}`);
    return o
      ? {
          exposure: o.exposure,
          exposureLow: o.exposureLow,
          exposureHigh: o.exposureHigh,
          automation: o.automation,
          shareExposed: o.shareExposed,
        }
      : null;
  });
}

let loading: Promise<ExposureModel | null> | undefined;

/** The newest exposure artifact under models/, loaded once per process; null when there is none. */
export function servingExposureModel(root = MODELS_DIR): Promise<ExposureModel | null> {
  loading ??= (async () => {
    const [version] = listArtifacts(root);
    return version ? loadModel(path.join(root, version)).catch(() => null) : null;
  })();
  return loading;
}
