/** An O*NET-SOC occupation and the SOC 2018 code it belongs to. */
export interface CodedOccupation {
  code: string;
  socCode: string;
}

/**
 * Splits each SOC code's employment equally across the O*NET-SOC occupations that share it
 * (e.g. 11-1011.00 and 11-1011.03 each get half of SOC 11-1011), so no worker is counted twice.
 * Occupations whose SOC code has no employment are left out of the result.
 */
export function splitEmployment(
  occupations: readonly CodedOccupation[],
  employmentBySoc: ReadonlyMap<string, number>,
): Map<string, number> {
  const sharing = new Map<string, number>();
  for (const o of occupations) sharing.set(o.socCode, (sharing.get(o.socCode) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const o of occupations) {
    const total = employmentBySoc.get(o.socCode);
    if (total === undefined) continue;
    out.set(o.code, total / sharing.get(o.socCode)!);
  }
  return out;
}
