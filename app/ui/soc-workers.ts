import { fmt } from './format';

/** The employment fields every occupation carries: its SOC code's workers, shared, never split. */
export interface SocWorkers {
  employmentCode: string | null;
  employmentTitle: string | null;
  socEmployment: number | null;
  sharedWith: number;
}

/** "shared with 4 other O*NET occupations", or '' when the occupation has its SOC code to itself. */
export function sharedText(sharedWith: number): string {
  if (sharedWith <= 0) return '';
  return `shared with ${fmt(sharedWith)} other O*NET occupation${sharedWith === 1 ? '' : 's'}`;
}

/**
 * One line saying whose workers these are, e.g. "SOC 29-1141 Registered Nurses: 3,282,010
 * workers, shared with 4 other O*NET occupations".
 */
export function socWorkersText(o: SocWorkers): string {
  if (o.employmentCode === null || o.socEmployment === null) return 'no OEWS employment for this SOC code';
  const shared = sharedText(o.sharedWith);
  return `SOC ${o.employmentCode}${o.employmentTitle ? ` ${o.employmentTitle}` : ''}: ${fmt(o.socEmployment)} workers${shared ? `, ${shared}` : ''}`;
}
