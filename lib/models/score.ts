import { priorMix, type ActivityPrior } from './activity-prior';
import { combineOccupations, combineTasks } from './aggregate';
import type { ExposureModel } from './artifact';
import { expectedExposure, type TaskExample } from './data';
import { encodeTasks } from './features';
import { TASK_HEADS, type HeadPrediction } from './heads';
import { predictMember, predictMemberAsync, type MemberOutputs } from './predict';
import { vocabIndex } from './tokenizer';
import type { OccupationScoreRow, TaskScoreRow } from '../db/scores';

/** An occupation to score; its description stands in for tasks when it has none. */
export interface OccupationToScore {
  code: string;
  title: string;
  description: string;
}

/** Sequences per forward pass while scoring. */
const SCORING_BATCH = 256;

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const rounded = (p: HeadPrediction): HeadPrediction => ({
  probs: p.probs.map(round),
  value: round(p.value),
  low: round(p.low),
  high: round(p.high),
});

/** A task's activities known to the prior, most exposed first (at most three), as its explanation. */
function explainActivities(
  prior: ActivityPrior,
  ids: readonly string[] | undefined,
  titles: ReadonlyMap<string, string>,
): TaskScoreRow['topActivities'] {
  return (ids ?? [])
    .flatMap((id) =>
      prior.activities[id]
        ? [{ id, title: titles.get(id) ?? id, exposure: round(expectedExposure(prior.activities[id])) }]
        : [],
    )
    .sort((a, b) => b.exposure - a.exposure)
    .slice(0, 3);
}

/** Real tasks plus one pseudo-task per occupation without task statements, encoded for the members. */
function prepare(model: ExposureModel, tasks: readonly TaskExample[], occupations: readonly OccupationToScore[]) {
  const withTasks = new Set(tasks.map((t) => t.code));
  const pseudo: TaskExample[] = occupations
    .filter((o) => !withTasks.has(o.code))
    .map((o) => ({ code: o.code, taskId: -1, text: o.description, title: o.title, taskType: null }));
  const all = [...tasks, ...pseudo];
  return { all, encoded: encodeTasks(all, model.vocab, vocabIndex(model.vocab), model.config.titleLen) };
}

/** Task passes done so far over all members, for progress. */
type Progress = (done: number, total: number) => void;

/**
 * Scores tasks and occupations with the ensemble. Occupations without task statements are scored
 * from their description as a single pseudo-task (reported with n_tasks = 0). Task probabilities mix
 * the neural ensemble with the work-activity prior where the artifact has one. Pure: no database.
 */
export function scoreAll(
  model: ExposureModel,
  tasks: readonly TaskExample[],
  occupations: readonly OccupationToScore[],
  onProgress?: Progress,
  activityTitles: ReadonlyMap<string, string> = new Map(),
): ScoredRows {
  const { all, encoded } = prepare(model, tasks, occupations);
  const total = all.length * model.members.length;
  const outputs = model.members.map((m, k) =>
    predictMember(m, encoded, SCORING_BATCH, (done) => onProgress?.(k * all.length + done, total)),
  );
  return combine(model, tasks, all, encoded.tokens, outputs, activityTitles);
}

/**
 * scoreAll that yields to the event loop between batches (progress lines keep coming); same rows.
 * With `workers` > 1 the members' forward passes run in that many worker threads (same batches, same rows).
 */
export async function scoreAllAsync(
  model: ExposureModel,
  tasks: readonly TaskExample[],
  occupations: readonly OccupationToScore[],
  onProgress?: Progress,
  activityTitles: ReadonlyMap<string, string> = new Map(),
  workers = 1,
): Promise<ScoredRows> {
  const { all, encoded } = prepare(model, tasks, occupations);
  const total = all.length * model.members.length;
  onProgress?.(0, total);
  const outputs: MemberOutputs[] = [];
  if (workers > 1 && all.length > 0) {
    const { predictMembersParallel } = await import('./parallel-predict');
    try {
      outputs.push(
        ...(await predictMembersParallel(model.members, encoded, {
          workers,
          batchSize: SCORING_BATCH,
          onProgress: (done) => onProgress?.(done, total),
        })),
      );
    } catch (error) {
      // a thread that cannot start (no tsx, no wasm in workers) costs speed, not the run: same rows in this thread
      process.stderr.write(`worker threads failed (${(error as Error).message}); scoring in this thread\n`);
    }
  }
  if (outputs.length === 0) {
    for (const [k, m] of model.members.entries())
      outputs.push(
        await predictMemberAsync(m, encoded, SCORING_BATCH, (done) => onProgress?.(k * all.length + done, total)),
      );
  }
  return combine(model, tasks, all, encoded.tokens, outputs, activityTitles);
}

/** The rows scoring writes. */
export interface ScoredRows {
  tasks: TaskScoreRow[];
  occupations: OccupationScoreRow[];
}

/** Mixes the members' outputs with the prior, aggregates occupations and builds the stored rows. */
function combine(
  model: ExposureModel,
  tasks: readonly TaskExample[],
  all: readonly TaskExample[],
  tokens: string[][],
  outputs: readonly MemberOutputs[],
  activityTitles: ReadonlyMap<string, string>,
): ScoredRows {
  const { activityPrior } = model;
  const predictions = combineTasks(outputs, tokens, activityPrior ? priorMix(activityPrior, all) : undefined);
  const scored = combineOccupations(all, outputs, model.heads, predictions, model.intervalScale);
  const taskRows: TaskScoreRow[] = [];
  const occupationRows: OccupationScoreRow[] = [];
  for (const occ of scored) {
    const real = occ.taskIndex.filter((i) => i < tasks.length);
    occ.taskIndex.forEach((i, j) => {
      if (i >= tasks.length) return;
      const p = predictions[i]!;
      const share = occ.exposure > 0 ? (occ.attention[j]! * p.exposure) / occ.exposure : occ.attention[j]!;
      // each head stores its own columns (heads.ts), so a new head needs no change here
      const stored = Object.assign({}, ...TASK_HEADS.map((head) => head.store(rounded(p.heads[head.name]))));
      taskRows.push({
        code: tasks[i]!.code,
        taskId: tasks[i]!.taskId,
        ...(stored as Pick<
          TaskScoreRow,
          'pE0' | 'pE1' | 'pE2' | 'exposure' | 'exposureLow' | 'exposureHigh' | 'automation'
        >),
        attention: round(share),
        topTokens: p.topTokens,
        topActivities: activityPrior ? explainActivities(activityPrior, tasks[i]!.activities, activityTitles) : [],
      });
    });
    occupationRows.push({
      code: occ.code,
      exposure: round(occ.exposure),
      exposureLow: round(occ.low),
      exposureHigh: round(occ.high),
      automation: round(occ.automation),
      shareExposed: round(occ.shareExposed),
      nTasks: real.length,
    });
  }
  return { tasks: taskRows, occupations: occupationRows };
}
