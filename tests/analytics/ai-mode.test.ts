import { describe, expect, it } from 'vitest';
import { aiModeOf, countModes } from '@/lib/analytics/ai-mode';

const task = (p_e0: number, p_e1: number, p_e2: number, automation: number) => ({ p_e0, p_e1, p_e2, automation });

describe('automation vs augmentation of a task', () => {
  it('labels only tasks whose most likely class is E1 or E2, split at the T2 level', () => {
    expect(aiModeOf(task(0.2, 0.5, 0.3, 0.75))).toBe('automation');
    expect(aiModeOf(task(0.2, 0.3, 0.5, 0.25))).toBe('augmentation');
    expect(aiModeOf(task(0.2, 0.3, 0.5, 0.5))).toBe('augmentation'); // exactly T2 is not above it
    expect(aiModeOf(task(0.6, 0.3, 0.1, 0.9))).toBeNull(); // not exposed
    expect(aiModeOf(task(0.4, 0.4, 0.2, 0.9))).toBeNull(); // a tie goes to E0, as in share_exposed
    expect(aiModeOf({ p_e0: null, p_e1: null, p_e2: null, automation: null })).toBeNull(); // unscored
  });

  it('counts the modes of an occupation’s tasks', () => {
    expect(
      countModes([{ aiMode: 'automation' }, { aiMode: null }, { aiMode: 'augmentation' }, { aiMode: 'automation' }]),
    ).toEqual({ automation: 2, augmentation: 1 });
  });
});
