import { pearson, spearman } from '../models/correlation';
import { thinScatter } from './lttb';

/** One occupation's model exposure (x) and a published index value (y). */
export interface Pair {
  code: string;
  title: string;
  x: number;
  y: number;
}

/** How one published index compares with the model over the occupations both cover. */
export interface IndexComparison {
  indexName: string;
  matched: number;
  pearson: number | null;
  spearman: number | null;
  /** At most `maxPoints` points for the scatter (thinned evenly along x when there are more). */
  points: { x: number; y: number; label: string; code: string }[];
}

/** Correlates each index with the model and prepares a scatter of at most `maxPoints` points. */
export function compareIndex(indexName: string, pairs: readonly Pair[], maxPoints = 500): IndexComparison {
  const xs = pairs.map((p) => p.x);
  const ys = pairs.map((p) => p.y);
  return {
    indexName,
    matched: pairs.length,
    pearson: pearson(xs, ys),
    spearman: spearman(xs, ys),
    points: thinScatter(
      pairs.map((p) => ({ x: p.x, y: p.y, label: p.title, code: p.code })),
      maxPoints,
    ),
  };
}

/** Flattens a nested metrics object into dotted key → value rows for a report table. */
export function flattenMetrics(
  value: unknown,
  prefix = '',
): { key: string; value: string | number | boolean | null }[] {
  if (value === null || typeof value !== 'object') {
    return [{ key: prefix || 'value', value: value as string | number | boolean | null }];
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'number'))
      return [{ key: prefix, value: value.map((v) => +(v as number).toFixed(3)).join(', ') }];
    return value.flatMap((v, i) => flattenMetrics(v, `${prefix}[${i}]`));
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    flattenMetrics(v, prefix ? `${prefix}.${k}` : k),
  );
}

function at(obj: unknown, path: string): number | null {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[key];
  }
  return typeof cur === 'number' && Number.isFinite(cur) ? cur : null;
}

/** One line of the evaluation report: a held-out measure for the model, the baseline and GPT-4. */
export interface EvaluationRow {
  level: 'task' | 'occupation';
  measure: string;
  model: number | null;
  baseline: number | null;
  gpt4: number | null;
}

const TASK_MEASURES = [
  ['accuracy', 'Accuracy'],
  ['macroF1', 'Macro F1'],
  ['ece', 'Expected calibration error'],
  ['n', 'Tasks'],
] as const;
const OCC_MEASURES = [
  ['mae', 'MAE vs human β'],
  ['pearson', 'Pearson vs human β'],
  ['spearman', 'Spearman vs human β'],
  ['coverage80', '80% interval coverage'],
  ['meanWidth', 'Mean interval width'],
  ['n', 'Occupations'],
] as const;

/**
 * The held-out report from a model version's metrics (metrics.test.{model,baseline,gpt4}):
 * task-level E0/E1/E2 classification and occupation-level agreement with the human β, with the
 * GPT-4 ratings of Eloundou et al. as the reference. Rows with no figure at all are dropped.
 */
export function evaluationSummary(metrics: unknown): EvaluationRow[] {
  const rows: EvaluationRow[] = [
    ...TASK_MEASURES.map(([k, label]) => ({
      level: 'task' as const,
      measure: label,
      model: at(metrics, `test.model.task.${k}`),
      baseline: at(metrics, `test.baseline.task.${k}`),
      gpt4: at(metrics, `test.gpt4.task.${k}`),
    })),
    ...OCC_MEASURES.map(([k, label]) => ({
      level: 'occupation' as const,
      measure: label,
      model: at(metrics, `test.model.occupation.${k}`),
      baseline: at(metrics, `test.baseline.occupation.${k}`),
      gpt4: at(metrics, `test.gpt4.occupationDvBeta.${k}`),
    })),
  ];
  return rows.filter((r) => r.model !== null || r.baseline !== null || r.gpt4 !== null);
}
