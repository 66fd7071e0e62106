import { aggregateToSoc } from './soc-aggregate';
import { employmentCodes } from './soc-employment';

/** An O*NET occupation's model score with its interval and its exposed tasks by AI mode. */
export interface ScoredOccupation {
  code: string;
  socCode: string;
  score: number | null;
  low: number | null;
  high: number | null;
  /** Exposed tasks the model leans to automation / augmentation on (lib/analytics/ai-mode.ts). */
  automationTasks: number;
  augmentationTasks: number;
}

/** The exposure of one code OEWS publishes employment for, from the O*NET occupations beneath it. */
export interface CodeExposure {
  score: number;
  low: number;
  high: number;
  /** O*NET-SOC codes aggregated, sorted. */
  occupations: string[];
  automationTasks: number;
  augmentationTasks: number;
}

/**
 * The OEWS code each O*NET SOC code's workers are published under, by the employment page's rule
 * (employmentCodes): the code itself when OEWS lists it, else the OEWS code of its broad group that
 * no O*NET occupation has (an aggregate such as 31-1120 for 31-1121 and 31-1122, or 25-9045 for
 * 25-9042/43/49 while 25-9044 stays itself).
 */
export function publishedCodeOf(socCodes: Iterable<string>, published: Iterable<string>): Map<string, string> {
  const socs = new Set(socCodes);
  const codes = [...new Set(published)].sort();
  return employmentCodes(
    socs,
    codes.map((code) => ({ code, aggregate: !socs.has(code) })),
  );
}

/**
 * Exposure per published OEWS code: its O*NET occupations' scores aggregated with aggregateToSoc
 * (mean score, mean of lows and highs), and their exposed tasks pooled by AI mode. Unscored
 * occupations are left out; a code with no scored occupation is absent.
 */
export function exposureByPublishedCode(
  occupations: readonly ScoredOccupation[],
  published: Iterable<string>,
): Map<string, CodeExposure> {
  const codeOf = publishedCodeOf(
    occupations.map((o) => o.socCode),
    published,
  );
  const scored = occupations.filter(
    (o) => o.score !== null && o.low !== null && o.high !== null && codeOf.has(o.socCode),
  );
  const socScores = aggregateToSoc(
    scored.map((o) => ({ code: o.code, socCode: codeOf.get(o.socCode)!, score: o.score!, low: o.low!, high: o.high! })),
  );
  const modes = new Map<string, { automation: number; augmentation: number }>();
  for (const o of scored) {
    const code = codeOf.get(o.socCode)!;
    const m = modes.get(code) ?? { automation: 0, augmentation: 0 };
    m.automation += o.automationTasks;
    m.augmentation += o.augmentationTasks;
    modes.set(code, m);
  }
  const out = new Map<string, CodeExposure>();
  for (const [code, s] of socScores) {
    const m = modes.get(code) ?? { automation: 0, augmentation: 0 };
    out.set(code, {
      score: s.score,
      low: s.low,
      high: s.high,
      occupations: s.occupations,
      automationTasks: m.automation,
      augmentationTasks: m.augmentation,
    });
  }
  return out;
}
