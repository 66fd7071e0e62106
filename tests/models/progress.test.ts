import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { disposeModel, type ExposureModel } from '../../lib/models/artifact';
import { selectBackend } from '../../lib/models/backend';
import { countProgress, progressLine } from '../../lib/models/progress';
import { scoreAll, scoreAllAsync } from '../../lib/models/score';
import { fixtureTasks, untrainedModel } from './fixtures';

describe('progress in a log (stderr not a terminal)', () => {
  it('prints real counts at the first update and then a line every interval, with rate and ETA', () => {
    vi.useFakeTimers();
    try {
      const lines: string[] = [];
      const progress = countProgress('scoring v1', 'task passes', {
        tty: false,
        everyMs: 2000,
        write: (s) => lines.push(s),
      });
      progress.note('reading tasks');
      progress.update(0, 900);
      expect(lines).toEqual([
        'scoring v1: reading tasks\n',
        expect.stringMatching(/^scoring v1: 0\/900 task passes \(0%\)/),
      ]);
      progress.update(300, 900);
      vi.advanceTimersByTime(2000);
      expect(lines[2]).toMatch(/^scoring v1: 300\/900 task passes \(33%\) in 2\.0 s, 150 task passes\/s, ETA 4 s\n$/);
      progress.update(900, 900);
      expect(lines.at(-1)).toMatch(/^scoring v1: 900\/900 task passes \(100%\)/); // at once, not at the next tick
      const count = lines.length;
      vi.advanceTimersByTime(4000);
      progress.stop();
      vi.advanceTimersByTime(10_000);
      expect(lines).toHaveLength(count); // stopped: no more lines
    } finally {
      vi.useRealTimers();
    }
  });

  it('formats a line without a rate before any time has passed', () => {
    expect(progressLine('x', 'rows', 0, 10, 0)).toBe('x: 0/10 rows (0%) in 0.0 s, 0 rows/s');
  });
});

describe('scoreAllAsync', () => {
  let model: ExposureModel;
  const tasks = fixtureTasks(600);
  beforeAll(async () => {
    await selectBackend('wasm', true);
    model = untrainedModel(tasks);
  });
  afterAll(() => disposeModel(model));

  it('gives the same rows as scoreAll and lets timers run between batches (so progress lines appear while it scores)', async () => {
    const occupations = [{ code: '99-9999.00', title: 'Taskless', description: 'Lift boxes' }];
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const updates: number[] = [];
    const rows = await scoreAllAsync(model, tasks, occupations, (done) => updates.push(done));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(1);
    expect(updates[0]).toBe(0);
    expect(updates.at(-1)).toBe((tasks.length + 1) * model.members.length);
    expect(rows).toEqual(scoreAll(model, tasks, occupations));
  });
});
