import { combineOccupations, combineTasks } from './aggregate';
import type { ExposureModel } from './artifact';
import { predictBow, trainBow } from './baseline';
import { priorMix } from './activity-prior';
import { humanBeta, splitOccupations, type SplitName } from './data';
import { evaluateSplit, humanAutomationCheck } from './evaluate';
import { encodeTasks } from './features';
import { headByName } from './heads';
import { predictMember } from './predict';
import type { TrainingData } from './train';
import { vocabIndex } from './tokenizer';

/** The bag-of-words baseline's settings (tuned on validation occupations). */
export const BASELINE_OPTIONS = { classes: 3, epochs: 5, l2: 1e-3 } as const;

/**
 * Evaluates a trained (or loaded) model against the same seeded occupation split it was trained
 * on, beside a bag-of-words baseline trained on that split's training occupations and the
 * GPT-4 reference labels of the same occupations.
 */
export function assessModel(model: ExposureModel, data: TrainingData) {
  const { config } = model;
  const tasks = data.tasks.filter((t) => t.human !== undefined);
  const split = splitOccupations(
    tasks.map((t) => t.code),
    config.seed,
    config.trainFraction,
    config.valFraction,
  );
  const rows = (name: SplitName) => tasks.flatMap((t, i) => (split.get(t.code) === name ? [i] : []));
  const train = rows('train').map((i) => tasks[i]!);
  const bow = trainBow(
    train.map((t) => t.text),
    train.map((t) => t.human!),
    { ...BASELINE_OPTIONS, seed: config.seed },
  );
  const baselineProbs = predictBow(
    bow,
    tasks.map((t) => t.text),
  );
  const encoded = encodeTasks(tasks, model.vocab, vocabIndex(model.vocab), config.titleLen);
  const outputs = model.members.map((m) => predictMember(m, encoded));
  const neural = combineTasks(outputs, encoded.tokens);
  const { activityPrior } = model;
  const mix = activityPrior ? priorMix(activityPrior, tasks) : undefined;
  const predictions = mix ? combineTasks(outputs, encoded.tokens, mix) : neural;
  // The prior alone: tasks with no known activity fall back to the training class distribution.
  const priorOnly = tasks.map((_, i) => [...(mix?.probs[i] ?? activityPrior?.base ?? [1 / 3, 1 / 3, 1 / 3])]);
  const occupations = combineOccupations(tasks, outputs, model.heads, predictions, model.intervalScale);
  const automation = tasks.map((_, i) =>
    headByName('automation').classes.map(
      (_, c) => outputs.reduce((s, m) => s + m.automation[i]![c]!, 0) / outputs.length,
    ),
  );
  const beta = humanBeta(tasks);
  const dvBeta = new Map(data.references.map((r) => [r.code, r.dvBeta]));
  const evaluate = (name: SplitName) => {
    const picked = rows(name);
    const codes = new Set(picked.map((i) => tasks[i]!.code));
    return evaluateSplit({
      split: name,
      tasks: picked.map((i) => tasks[i]!),
      modelProbs: picked.map((i) => predictions[i]!.probs),
      modelAutomation: picked.map((i) => automation[i]!),
      occupations: occupations.filter((o) => codes.has(o.code)),
      baselineProbs: picked.map((i) => baselineProbs[i]!),
      components: model.activityPrior
        ? { neural: picked.map((i) => neural[i]!.probs), activityPrior: picked.map((i) => priorOnly[i]!) }
        : undefined,
      beta,
      dvBeta,
    });
  };
  return {
    test: evaluate('test'),
    validation: evaluate('val'),
    humanAutomation: humanAutomationCheck(tasks, automation),
    occupationScores: new Map(occupations.map((o) => [o.code, o.exposure])),
  };
}

export type Assessment = ReturnType<typeof assessModel>;
