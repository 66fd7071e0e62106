/** Display formats the server can name for client charts (functions cannot cross that boundary). */
export type NumberFormat = 'int' | 'pct' | 'pct1' | 'score' | 'index' | 'usd' | 'compact';

const intFmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const compactFmt = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const usdFmt = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** Formats a number for display; '—' for missing values. */
export function fmt(value: number | null | undefined, format: NumberFormat = 'int'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (format) {
    case 'int':
      return intFmt.format(value);
    case 'compact':
      return compactFmt.format(value);
    case 'pct':
      return `${Math.round(value * 100)}%`;
    case 'pct1':
      return `${(value * 100).toFixed(1)}%`;
    case 'score':
      return value.toFixed(2);
    case 'index':
      return value.toFixed(1);
    case 'usd':
      return usdFmt.format(value);
  }
}

/** Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008), in the order charts use it. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;
