import type { ReactNode } from 'react';
import type { CatalogueHeadline } from '@/lib/analytics/catalogue-report';
import { type Column, DataTable, defineTable } from '../../ui/data-table';
import { fmt } from '../../ui/format';
import { AUTOMATION_THRESHOLD } from '@/lib/db/score-thresholds';

const interval = (f: { low?: number | null; high?: number | null }) =>
  f.low == null || f.high == null ? '' : ` (${fmt(f.low, 'score')}–${fmt(f.high, 'score')})`;
const otherShare = (share: number | null) => (share === null ? '–' : fmt(1 - share, 'pct1'));

/** One headline figure: the catalogue's value beside the US workforce's. */
interface Figure {
  figure: string;
  ours: ReactNode;
  us: ReactNode;
}

const COLUMNS: readonly Column<Figure>[] = [
  { key: 'figure', label: 'Figure', rowHeader: true, cell: (f) => f.figure },
  { key: 'ours', label: 'Your catalogue', numeric: true, cell: (f) => f.ours },
  { key: 'us', label: 'US workforce', numeric: true, cell: (f) => f.us },
];

const TABLE = defineTable(COLUMNS, (f) => f.figure);

function figures(h: CatalogueHeadline): Figure[] {
  return [
    {
      figure: 'Headcount covered (coded to a scored occupation)',
      ours: `${fmt(h.headcountCovered)} of ${fmt(h.headcount)}`,
      us: `${fmt(h.us.workers)} workers`,
    },
    {
      figure: 'Exposure, weighted (interval)',
      ours: `${fmt(h.exposure.value, 'score')}${interval(h.exposure)}`,
      us: `${fmt(h.us.exposure.value, 'score')}${interval(h.us.exposure)}`,
    },
    {
      figure: 'In jobs with ≥ 50% of tasks exposed',
      ours: `${fmt(h.exposed50.headcount)} (${fmt(h.exposed50.share, 'pct1')})`,
      us: fmt(h.us.exposed50Share, 'pct1'),
    },
    {
      figure: 'Automation-leaning / augmentation-leaning',
      ours: `${fmt(h.automationShare, 'pct1')} / ${otherShare(h.automationShare)}`,
      us: `${fmt(h.us.automationShare, 'pct1')} / ${otherShare(h.us.automationShare)}`,
    },
  ];
}

/** The headline figures: the catalogue's (headcount-weighted) beside the US workforce's (employment-weighted, SOC level). */
export function Headline({ h }: { h: CatalogueHeadline }) {
  return (
    <DataTable
      label="Headline figures"
      labelTable
      caption={
        <>
          Your figures weight each job by its headcount
          {h.jobsWithoutHeadcount > 0
            ? ` (${h.jobsWithoutHeadcount} jobs without a headcount count as one person each)`
            : ''}
          ; the US figures weight each SOC code by its BLS employment, once. Automation-leaning: the occupation&apos;s
          mean automation level is above {AUTOMATION_THRESHOLD}.
        </>
      }
      table={TABLE}
      rows={figures(h)}
    />
  );
}
