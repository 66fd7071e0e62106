import type { ElementRating } from './skills';

/** z for a two-sided 95% interval: a change within ±1.96 standard errors is not distinguishable from zero. */
export const Z95 = 1.96;

/**
 * The change of one element's employment-weighted importance between two O*NET releases, split
 * shift-share style. With shares s (employment / total, per year) and ratings r over the
 * occupations rated in both releases: change = Σ s₀Δr (ratings) + Σ Δs·r₀ (mix) + Σ Δs·Δr (interaction);
 * `coverage` is what occupations rated in only one release add (zero when both rate the same ones).
 */
export interface SkillShift {
  elementId: string;
  name: string;
  before: number;
  after: number;
  change: number;
  /** Part of the change from changed ratings within occupations, at the old employment mix. */
  ratings: number;
  /** Part from the changed employment mix, at the old ratings. */
  mix: number;
  /** Part from ratings and mix changing together. */
  interaction: number;
  /** Part from occupations rated in only one of the releases. */
  coverage: number;
  /** Standard error of the change from O*NET's per-rating standard errors (null when none is known). */
  standardError: number | null;
  /** |change| ≥ 1.96 standard errors; false = not distinguishable from zero; null when no standard error is known. */
  distinguishable: boolean | null;
  /** Occupations rated in both releases with employment in at least one year. */
  occupations: number;
}

interface Item {
  value: number;
  se: number | null;
  date: string | null;
  weight: number;
}

/** Rounding noise (≈1e-15 when both releases rate the same occupations) written as the zero it is. */
const cleanZero = (x: number) => (Math.abs(x) < 1e-9 ? 0 : x);

/** Per element, the rated occupations that have a weight, with their share of the element's total weight. */
function shares(ratings: readonly ElementRating[], weights: ReadonlyMap<string, number>) {
  const byElement = new Map<string, { name: string; items: Map<string, Item> }>();
  for (const r of ratings) {
    const weight = weights.get(r.code);
    if (weight === undefined || !(weight > 0) || !Number.isFinite(r.value)) continue;
    let e = byElement.get(r.elementId);
    if (!e) {
      e = { name: r.name, items: new Map() };
      byElement.set(r.elementId, e);
    }
    e.items.set(r.code, { value: r.value, se: r.standardError ?? null, date: r.date ?? null, weight });
  }
  const out = new Map<
    string,
    { name: string; share: Map<string, Item & { share: number }>; mean: number; variance: number | null }
  >();
  for (const [id, e] of byElement) {
    const total = [...e.items.values()].reduce((s, i) => s + i.weight, 0);
    const known = [...e.items.values()].filter((i) => i.se !== null);
    // A missing standard error is taken as the element's mean standard error in that release.
    const fallback = known.length ? known.reduce((s, i) => s + i.se!, 0) / known.length : null;
    const share = new Map(
      [...e.items].map(([code, i]) => [code, { ...i, se: i.se ?? fallback, share: i.weight / total }]),
    );
    const mean = [...share.values()].reduce((s, i) => s + i.share * i.value, 0);
    const variance = fallback === null ? null : [...share.values()].reduce((s, i) => s + (i.share * i.se!) ** 2, 0);
    out.set(id, { name: e.name, share, mean, variance });
  }
  return out;
}

/**
 * Skill shift: employment-weighted mean importance per element in the old release (old ratings,
 * old weights) and in the new one (new ratings, new weights), its shift-share split and its
 * standard error. Var(change) = Var(before) + Var(after) − 2·Cov, with Var = Σ s²·se² per release and
 * Cov = Σ s₀·s₁·se² over ratings carried forward unchanged (same date and value in both releases,
 * i.e. the same survey). Sorted by change, largest rise first.
 */
export function skillShift(
  before: readonly ElementRating[],
  beforeWeights: ReadonlyMap<string, number>,
  after: readonly ElementRating[],
  afterWeights: ReadonlyMap<string, number>,
): SkillShift[] {
  const b = shares(before, beforeWeights);
  const a = shares(after, afterWeights);
  const out: SkillShift[] = [];
  for (const [id, old] of b) {
    const now = a.get(id);
    if (!now) continue;
    const common = [...old.share.keys()].filter((c) => now.share.has(c));
    // Shift-share over the occupations rated in both, with shares renormalised over them.
    const w0 = common.reduce((s, c) => s + old.share.get(c)!.weight, 0) || 1;
    const w1 = common.reduce((s, c) => s + now.share.get(c)!.weight, 0) || 1;
    let ratings = 0;
    let mix = 0;
    let interaction = 0;
    let covariance = 0;
    for (const c of common) {
      const o = old.share.get(c)!;
      const n = now.share.get(c)!;
      const s0 = o.weight / w0;
      const ds = n.weight / w1 - s0;
      ratings += s0 * (n.value - o.value);
      mix += ds * o.value;
      interaction += ds * (n.value - o.value);
      if (o.date !== null && o.date === n.date && o.value === n.value && o.se !== null && n.se !== null)
        covariance += o.share * n.share * o.se * n.se;
    }
    const change = now.mean - old.mean;
    const variance =
      old.variance === null || now.variance === null ? null : Math.max(0, old.variance + now.variance - 2 * covariance);
    const standardError = variance === null ? null : Math.sqrt(variance);
    out.push({
      elementId: id,
      name: now.name,
      before: old.mean,
      after: now.mean,
      change,
      ratings,
      mix,
      interaction,
      coverage: cleanZero(change - (ratings + mix + interaction)),
      standardError,
      distinguishable: standardError === null ? null : Math.abs(change) >= Z95 * standardError,
      occupations: common.length,
    });
  }
  return out.sort((x, y) => y.change - x.change || x.name.localeCompare(y.name));
}

/** What the skill shift compares: two O*NET releases, each weighted by one OEWS year's employment. */
export interface SkillPeriod {
  before: { onet: string; dataThrough: string | null; employmentYear: number | null };
  after: { onet: string; dataThrough: string | null; employmentYear: number | null };
}

/** The newest O*NET data date (MM/YYYY) among `dates`; null when none parses. */
export function newestDate(dates: readonly (string | null)[]): string | null {
  let best: { key: number; date: string } | null = null;
  for (const d of dates) {
    const m = d ? /^(\d{2})\/(\d{4})$/.exec(d) : null;
    if (!m) continue;
    const key = Number(m[2]) * 12 + Number(m[1]);
    if (!best || key > best.key) best = { key, date: d! };
  }
  return best?.date ?? null;
}

/** The one sentence that states the years compared, used by the page title, lead, note and API alike. */
export function describePeriod(p: SkillPeriod): string {
  const side = (s: SkillPeriod['before']) =>
    `O*NET ${s.onet} skill ratings${s.dataThrough ? ` (data collected up to ${s.dataThrough})` : ''} weighted by ${s.employmentYear ? `OEWS May ${s.employmentYear}` : 'no'} employment`;
  return `${side(p.before)}, against ${side(p.after)}.`;
}
