import { labelVariance, type TaskExample } from './data';

/**
 * What O*NET's detailed work activities (DWAs) say about a task's exposure: the smoothed E0/E1/E2
 * distribution of the training tasks linked to each activity. Tasks of different occupations
 * share activities, so this carries label information across occupations that task wording
 * alone does not. It is mixed with the neural ensemble's probabilities (see combineTasks).
 */
export interface ActivityPrior {
  /** Pseudo-count pulling each activity's distribution toward `base`. */
  smoothing: number;
  /** Weight of the prior in the mixture with the neural ensemble, fitted on validation occupations. */
  weight: number;
  /** Class distribution of all training tasks. */
  base: number[];
  /** Smoothed class distribution per DWA id (rounded to 1e-4). */
  activities: Record<string, number[]>;
  /** Training tasks behind each activity: how sure its distribution is (absent in older artifacts). */
  support?: Record<string, number>;
}

type Counts = Map<string, number[]>;

/** Per-activity class counts of the given rows, and the same counts split by occupation. */
export function countActivities(
  tasks: readonly TaskExample[],
  rows: readonly number[],
): { total: Counts; byOccupation: Map<string, Counts>; base: number[] } {
  const total: Counts = new Map();
  const byOccupation = new Map<string, Counts>();
  const base = [0, 0, 0];
  const add = (counts: Counts, id: string, label: number) => {
    const c = counts.get(id) ?? [0, 0, 0];
    c[label]! += 1;
    counts.set(id, c);
  };
  for (const i of rows) {
    const task = tasks[i]!;
    if (task.human === undefined) continue;
    base[task.human]! += 1;
    const own = byOccupation.get(task.code) ?? new Map();
    byOccupation.set(task.code, own);
    for (const id of task.activities ?? []) {
      add(total, id, task.human);
      add(own, id, task.human);
    }
  }
  const n = base.reduce((a, b) => a + b, 0) || 1;
  return { total, byOccupation, base: base.map((b) => b / n) };
}

/** (counts + k·base) / (n + k): an activity seen rarely stays close to the overall distribution. */
export function smoothed(counts: readonly number[], base: readonly number[], k: number): number[] {
  const n = counts.reduce((a, b) => a + b, 0);
  return base.map((b, c) => ((counts[c] ?? 0) + k * b) / (n + k));
}

/** The prior of one task: the mean distribution of its known activities, or undefined when none is known. */
export function taskPrior(
  prior: Pick<ActivityPrior, 'activities'>,
  activities: readonly string[] | undefined,
): number[] | undefined {
  const known = (activities ?? []).flatMap((id) => prior.activities[id] ?? []);
  if (known.length === 0) return undefined;
  const out = [0, 0, 0];
  for (let j = 0; j < known.length; j += 3) for (let c = 0; c < 3; c++) out[c]! += known[j + c]!;
  const m = known.length / 3;
  return out.map((v) => v / m);
}

/** Builds the activity table from counts with pseudo-count `k`; `exclude` drops one occupation's own tasks. */
export function activityTable(
  total: Counts,
  base: readonly number[],
  k: number,
  exclude?: Counts,
): Record<string, number[]> {
  const table: Record<string, number[]> = {};
  for (const [id, counts] of total) {
    const own = exclude?.get(id);
    const kept = own ? counts.map((c, j) => c - (own[j] ?? 0)) : counts;
    if (kept.reduce((a, b) => a + b, 0) === 0) continue;
    table[id] = smoothed(kept, base, k).map((p) => Math.round(p * 1e4) / 1e4);
  }
  return table;
}

/**
 * Standard error of a task prior's expected exposure: each activity's mean label value is
 * estimated from n training tasks (plus the pseudo-count), so its variance is Var(label)/(n + k);
 * the task averages its activities. Undefined when no activity is known or support is absent.
 */
export function taskPriorSd(prior: ActivityPrior, activities: readonly string[] | undefined): number | undefined {
  if (!prior.support) return undefined;
  const known = (activities ?? []).filter((id) => prior.activities[id]);
  if (known.length === 0) return undefined;
  const variance = known.reduce((sum, id) => {
    return sum + Math.max(0, labelVariance(prior.activities[id]!)) / ((prior.support?.[id] ?? 0) + prior.smoothing);
  }, 0);
  return Math.sqrt(variance) / known.length;
}

/** Per-task work-activity priors (undefined where no activity is known), their mixture weight and standard errors. */
export interface PriorMix {
  probs: readonly (readonly number[] | undefined)[];
  weight: number;
  /** Standard error of each task prior's expected exposure (taskPriorSd); widens the task interval. */
  sd?: readonly (number | undefined)[];
}

/** The prior's mixture for a list of tasks, as scoring and evaluation apply it. */
export function priorMix(prior: ActivityPrior, tasks: readonly Pick<TaskExample, 'activities'>[]): PriorMix {
  return {
    probs: tasks.map((t) => taskPrior(prior, t.activities)),
    weight: prior.weight,
    sd: tasks.map((t) => taskPriorSd(prior, t.activities)),
  };
}

/** Mixture of the neural probabilities with the task's prior; the prior is skipped when it is unknown. */
export function mixProbs(neural: readonly number[], prior: readonly number[] | undefined, weight: number): number[] {
  if (!prior || weight === 0) return [...neural];
  return neural.map((p, c) => (1 - weight) * p + weight * prior[c]!);
}

/** Smoothing and mixture weights searched when fitting the prior on validation occupations. */
export const PRIOR_GRID = {
  smoothing: [0.25, 0.5, 1, 2, 4],
  weight: Array.from({ length: 21 }, (_, i) => i / 20),
} as const;

/**
 * Counts activities over the training rows and picks the smoothing and mixture weight with the
 * lowest validation log-loss of the mixture with the neural probabilities (`neural`, aligned with
 * `tasks`). Ties keep the smaller weight, so with no activity information the weight stays 0.
 */
export function fitActivityPrior(
  tasks: readonly TaskExample[],
  trainRows: readonly number[],
  valRows: readonly number[],
  neural: readonly number[][],
): { prior: ActivityPrior; valLogLoss: number } {
  const { total, base } = countActivities(tasks, trainRows);
  const labelled = valRows.filter((i) => tasks[i]!.human !== undefined);
  let best: { loss: number; smoothing: number; weight: number; table: Record<string, number[]> } | undefined;
  for (const smoothing of PRIOR_GRID.smoothing) {
    const table = activityTable(total, base, smoothing);
    const priors = labelled.map((i) => taskPrior({ activities: table }, tasks[i]!.activities));
    for (const weight of PRIOR_GRID.weight) {
      const loss =
        labelled.reduce(
          (s, i, j) => s - Math.log(Math.max(1e-9, mixProbs(neural[i]!, priors[j], weight)[tasks[i]!.human!]!)),
          0,
        ) / Math.max(1, labelled.length);
      if (!best || loss < best.loss - 1e-12) best = { loss, smoothing, weight, table };
    }
  }
  const chosen = best ?? { loss: NaN, smoothing: 1, weight: 0, table: {} };
  return {
    prior: {
      smoothing: chosen.smoothing,
      weight: chosen.weight,
      base: base.map((b) => Math.round(b * 1e4) / 1e4),
      activities: chosen.table,
      support: Object.fromEntries([...total].map(([id, c]) => [id, c.reduce((a, b) => a + b, 0)])),
    },
    valLogLoss: chosen.loss,
  };
}

/**
 * The prior of every task as the occupation heads should see it in training: a training task's
 * own occupation is left out of its activities' counts (otherwise its label leaks into its
 * prior); every other task gets the fitted table.
 */
export function priorsForTraining(
  tasks: readonly TaskExample[],
  trainRows: readonly number[],
  prior: ActivityPrior,
): (number[] | undefined)[] {
  const { total, byOccupation, base } = countActivities(tasks, trainRows);
  const training = new Set(trainRows);
  return tasks.map((task, i) => {
    if (!training.has(i)) return taskPrior(prior, task.activities);
    const own = byOccupation.get(task.code);
    const table = activityTable(
      new Map((task.activities ?? []).flatMap((id) => (total.has(id) ? [[id, total.get(id)!] as const] : []))),
      base,
      prior.smoothing,
      own,
    );
    return taskPrior({ activities: table }, task.activities);
  });
}
