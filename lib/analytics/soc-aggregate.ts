/** One O*NET occupation's score with its uncertainty interval, tagged with its SOC 2018 code. */
export interface OccupationScore {
  code: string;
  socCode: string;
  score: number;
  low: number;
  high: number;
}

/** A SOC code's score: the aggregate of the O*NET occupations that share it. */
export interface SocScore {
  socCode: string;
  score: number;
  low: number;
  high: number;
  /** The O*NET-SOC codes aggregated, sorted. */
  occupations: string[];
}

/**
 * Aggregates O*NET occupation scores to the SOC code BLS publishes employment for, so that
 * employment-weighted statistics weight one score per SOC code by that code's real employment
 * (never a fabricated per-O*NET split).
 *
 * Rule: the SOC score is the unweighted mean of its O*NET occupations' scores (BLS gives no
 * employment below the SOC code, so equal weights are the only honest choice). The interval is
 * the mean of the lows and the mean of the highs: the occupations' errors are treated as
 * perfectly correlated (they share one model and largely one task list), which is the
 * conservative choice; assuming independence would shrink the interval by up to √n without
 * evidence. Rows with a non-finite score or bound are skipped; a SOC code with no usable row
 * is absent from the result.
 */
export function aggregateToSoc(
  rows: { code: string; socCode: string; score: number; low: number; high: number }[],
): Map<string, SocScore> {
  const acc = new Map<string, { score: number; low: number; high: number; codes: string[] }>();
  for (const r of rows) {
    if (![r.score, r.low, r.high].every(Number.isFinite)) continue;
    const a = acc.get(r.socCode) ?? { score: 0, low: 0, high: 0, codes: [] };
    a.score += r.score;
    a.low += r.low;
    a.high += r.high;
    a.codes.push(r.code);
    acc.set(r.socCode, a);
  }
  const out = new Map<string, SocScore>();
  for (const [socCode, a] of acc) {
    const n = a.codes.length;
    out.set(socCode, {
      socCode,
      score: a.score / n,
      low: a.low / n,
      high: a.high / n,
      occupations: [...a.codes].sort(),
    });
  }
  return out;
}
