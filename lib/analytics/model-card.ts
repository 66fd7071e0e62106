import { indexLabel } from './index-info';
import {
  type CardOccupationMetrics,
  type CardTaskMetrics,
  parseCardConfig,
  parseCardMetrics,
} from './model-card-schema';
import { KNOWN_LIMITS, reproduceSteps } from './model-card-text';
import { buildTitleCoderCard, type TitleCoderCard } from './title-coder-card';

/** One predictor scored on the held-out occupations: the card's ablation table. */
export interface AblationRow {
  key: 'model' | 'neural' | 'activityPrior' | 'baseline' | 'gpt4Tasks' | 'gpt4Occupation';
  predictor: string;
  tasks: number | null;
  accuracy: number | null;
  macroF1: number | null;
  ece: number | null;
  occupations: number | null;
  spearman: number | null;
  pearson: number | null;
  mae: number | null;
}

/** One equal-width bin of the reliability diagram (top-label confidence against accuracy). */
export interface ReliabilityRow {
  low: number;
  high: number;
  tasks: number;
  confidence: number;
  accuracy: number;
}

/** Everything the model card shows, from one model version's recorded metrics and config. */
export interface ModelCard {
  version: string;
  /** Where the figures come from, e.g. models/full-s42-4a6a5ba2/metrics.json. */
  source: string;
  /** Whether the dashboard's scores come from this version. */
  current: boolean;
  headline: {
    occupations: number | null;
    tasks: number | null;
    accuracy: number | null;
    macroF1: number | null;
    ece: number | null;
    spearman: number | null;
    pearson: number | null;
    mae: number | null;
    coverage80: number | null;
    meanWidth: number | null;
  };
  /** Rows: human label E0–E2; columns: predicted E0–E2 (test tasks). */
  confusion: number[][] | null;
  reliability: ReliabilityRow[];
  ablation: AblationRow[];
  titleCoder: TitleCoderCard;
  /** Pearson is null in records written before evaluate computed it. */
  indices: { key: string; label: string; matched: number; spearman: number; pearson: number | null }[];
  training: Record<string, string | number | null>;
  reproduce: string[];
  limits: readonly string[];
}

/** What the card is built from: a version's metrics and config as recorded, and where they were read. */
export interface ModelCardInput {
  version: string;
  source: string;
  current: boolean;
  metrics: unknown;
  config: unknown;
  /** The newest committed title coder's metrics.json, if any. */
  titleCoder?: { folder: string; metrics: unknown } | null;
}

const v = (x: number | undefined) => x ?? null;

/** A predictor's row from its task and occupation metrics (either may be absent). */
function ablationRow(
  key: AblationRow['key'],
  predictor: string,
  task?: CardTaskMetrics,
  occ?: CardOccupationMetrics,
): AblationRow {
  return {
    key,
    predictor,
    tasks: v(task?.n),
    accuracy: v(task?.accuracy),
    macroF1: v(task?.macroF1),
    ece: v(task?.ece),
    occupations: v(occ?.n),
    spearman: v(occ?.spearman),
    pearson: v(occ?.pearson),
    mae: v(occ?.mae),
  };
}

/**
 * The model card's figures, read from one version's metrics.json and config.json (written by
 * `npm run train` / `npm run evaluate`), never recomputed: page, API and CSV all show these.
 */
export function buildModelCard(input: ModelCardInput): ModelCard {
  const m = parseCardMetrics(input.metrics);
  const c = parseCardConfig(input.config);
  const t = m.test;
  const task = t?.model?.task;
  const occ = t?.model?.occupation;
  const ablation = t
    ? [
        ablationRow('model', 'Model (network + work-activity prior)', task, occ),
        ablationRow(
          'neural',
          'Network alone (task text, title)',
          t.components?.neural?.task,
          t.components?.neural?.occupation,
        ),
        ablationRow(
          'activityPrior',
          'Work-activity prior alone',
          t.components?.activityPrior?.task,
          t.components?.activityPrior?.occupation,
        ),
        ablationRow('baseline', 'Bag-of-words baseline', t.baseline?.task, t.baseline?.occupation),
        ablationRow('gpt4Tasks', 'GPT-4 task labels (Eloundou et al.)', t.gpt4?.task, t.gpt4?.occupationFromTaskLabels),
        ablationRow('gpt4Occupation', 'GPT-4 occupation β (Eloundou et al.)', undefined, t.gpt4?.occupationDvBeta),
      ].filter((r) => r.tasks !== null || r.occupations !== null)
    : [];
  const seed = c.seed ?? null;
  return {
    version: input.version,
    source: input.source,
    current: input.current,
    headline: {
      occupations: v(t?.occupations),
      tasks: v(t?.tasks),
      accuracy: v(task?.accuracy),
      macroF1: v(task?.macroF1),
      ece: v(task?.ece),
      spearman: v(occ?.spearman),
      pearson: v(occ?.pearson),
      mae: v(occ?.mae),
      coverage80: v(occ?.coverage80),
      meanWidth: v(occ?.meanWidth),
    },
    confusion: task?.confusion ?? null,
    reliability: (task?.reliability ?? []).map((b) => ({
      low: b.low,
      high: b.high,
      tasks: b.n,
      confidence: b.confidence,
      accuracy: b.accuracy,
    })),
    ablation,
    titleCoder: buildTitleCoderCard(input.titleCoder ?? null),
    indices: (m.indices ?? []).map((i) => ({
      key: i.name,
      label: indexLabel(i.name),
      matched: i.n,
      spearman: i.spearman,
      pearson: v(i.pearson),
    })),
    training: {
      trainedAt: m.trainedAt ?? null,
      trainingSeconds: v(m.trainingSeconds),
      backend: m.backend ?? null,
      configuration: c.name ?? m.config ?? null,
      splitSeed: seed,
      memberSeeds:
        seed !== null && c.ensemble ? Array.from({ length: c.ensemble }, (_, k) => seed + k).join(', ') : null,
      trainOccupations: v(m.split?.train.occupations),
      trainTasks: v(m.split?.train.tasks),
      validationOccupations: v(m.split?.val.occupations),
      validationTasks: v(m.split?.val.tasks),
      testOccupations: v(m.split?.test.occupations),
      testTasks: v(m.split?.test.tasks),
      labelledTasks: v(c.dataVersions?.labelledTasks),
      labelledOccupations: v(c.dataVersions?.occupations),
      onetVersion: c.dataVersions?.onetVersion ?? null,
      labelsHash: c.dataVersions?.labels ?? null,
      activityLinksHash: c.dataVersions?.activityLinks ?? null,
      priorWeight: v(m.prior?.weight),
      priorSmoothing: v(m.prior?.smoothing),
      priorActivities: v(m.prior?.activities),
      intervalScale: v(m.intervalScale),
      validationAccuracy: v(m.validation?.model?.task?.accuracy),
      validationSpearman: v(m.validation?.model?.occupation?.spearman),
      validationCoverage80: v(m.validation?.model?.occupation?.coverage80),
    },
    reproduce: reproduceSteps(input.version, c.name ?? m.config ?? null),
    limits: KNOWN_LIMITS,
  };
}
