/** An O*NET-SOC occupation and the code BLS publishes its employment under (null when none). */
export interface CodedOccupation {
  code: string;
  employmentCode: string | null;
}

/**
 * Weights for employment-weighted means over O*NET occupations: each occupation gets its
 * employment code's workers divided by the number of listed occupations sharing the code.
 * A mean with these weights equals the SOC-first rule (average the code's occupations, then
 * weight by the code's workers). They are weights only, never a count of anyone's workers:
 * BLS publishes no employment below the SOC code. Occupations without employment are left out.
 */
export function socMeanWeights(
  occupations: readonly CodedOccupation[],
  employmentByCode: ReadonlyMap<string, number>,
): Map<string, number> {
  const sharing = new Map<string, number>();
  for (const o of occupations)
    if (o.employmentCode !== null) sharing.set(o.employmentCode, (sharing.get(o.employmentCode) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const o of occupations) {
    const total = o.employmentCode === null ? undefined : employmentByCode.get(o.employmentCode);
    if (total === undefined) continue;
    out.set(o.code, total / sharing.get(o.employmentCode!)!);
  }
  return out;
}
