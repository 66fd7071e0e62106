import { AUTOMATION_THRESHOLD } from '../db/score-thresholds';

/** How the dashboard shows an exposed task: AI does it (automation) or helps people do it (augmentation). */
export type AiMode = 'automation' | 'augmentation';

/**
 * How an exposed task is shown: automation when its expected automation level is above T2 (0.5),
 * augmentation otherwise; null when E0 is its most likely class or it is unscored.
 */
export function aiModeOf(p: {
  p_e0: number | null;
  p_e1: number | null;
  p_e2: number | null;
  automation: number | null;
}): AiMode | null {
  if (p.p_e0 === null || p.p_e1 === null || p.p_e2 === null || p.automation === null) return null;
  if (p.p_e0 >= p.p_e1 && p.p_e0 >= p.p_e2) return null;
  return p.automation > AUTOMATION_THRESHOLD ? 'automation' : 'augmentation';
}

/** Counts of automation and augmentation among an occupation's tasks (tasks not exposed are not counted). */
export function countModes(tasks: readonly { aiMode: AiMode | null }[]): { automation: number; augmentation: number } {
  return {
    automation: tasks.filter((t) => t.aiMode === 'automation').length,
    augmentation: tasks.filter((t) => t.aiMode === 'augmentation').length,
  };
}
