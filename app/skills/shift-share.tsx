import type { SkillsView } from '@/lib/db/queries/skills';
import { TablePanel } from '../ui/table-panel';
import { type Column, DataTable, defineTable } from '../ui/data-table';

/** A signed figure to 3 decimals; one that rounds to zero reads 0.000, not −0.000. */
const signed = (x: number | null) => {
  if (x === null) return '—';
  const shown = Math.abs(x).toFixed(3);
  return shown === '0.000' ? shown : `${x > 0 ? '+' : '−'}${shown}`;
};

type Shift = SkillsView['shift'][number];

/** The split's columns; the coverage column only where some change has coverage. */
function shiftColumns(hasCoverage: boolean): Column<Shift>[] {
  return [
    { key: 'skill', label: 'Skill', cell: (s) => s.name },
    { key: 'change', label: 'Change', numeric: true, cell: (s) => signed(s.change) },
    { key: 'ratings', label: 'Ratings', numeric: true, cell: (s) => signed(s.ratings) },
    { key: 'mix', label: 'Mix', numeric: true, cell: (s) => signed(s.mix) },
    { key: 'interaction', label: 'Interaction', numeric: true, cell: (s) => signed(s.interaction) },
    ...(hasCoverage
      ? [{ key: 'coverage', label: 'Coverage', numeric: true, cell: (s: Shift) => signed(s.coverage) }]
      : []),
    {
      key: 'se',
      label: 'Std. error',
      numeric: true,
      cell: (s) => (s.standardError === null ? '—' : s.standardError.toFixed(3)),
    },
    {
      key: 'distinguishable',
      label: 'Distinguishable from zero?',
      cell: (s) =>
        s.distinguishable === null
          ? 'unknown (no standard errors)'
          : s.distinguishable
            ? 'yes'
            : 'no: within sampling error',
    },
  ];
}

/** The shift-share split of every skill's change, its standard error and whether it is distinguishable from zero. */
export function ShiftShareTable({ view }: { view: SkillsView }) {
  const hasCoverage = view.shift.some((s) => Math.abs(s.coverage) >= 0.0005);
  const flat = view.shift.filter((s) => s.distinguishable === false).length;
  return (
    <TablePanel
      title="Where each change comes from: ratings or employment mix"
      headingId="shift-share"
      csv="/api/export/skills-shift.csv"
      csvOf="the skill-shift split"
      summary={
        <>
          {view.period.statement} {flat} of {view.shift.length} changes are smaller than 1.96 standard errors and are
          marked not distinguishable from zero.
        </>
      }
    >
      <p className="note" data-testid="shift-share-formula">
        With s<sub>i</sub> an occupation&apos;s share of employment and r<sub>i</sub> its importance rating (0 ={' '}
        {view.period.before.onet}
        with {view.period.before.employmentYear ?? '—'} employment, 1 = {view.period.after.onet} with{' '}
        {view.period.after.employmentYear ?? '—'} employment), the change Σs¹r¹ − Σs⁰r⁰ = Σs⁰(r¹−r⁰){' '}
        <strong>ratings</strong> + Σ(s¹−s⁰)r⁰ <strong>mix</strong> + Σ(s¹−s⁰)(r¹−r⁰) <strong>interaction</strong>, over
        the occupations rated in both releases
        {hasCoverage ? '; coverage is what occupations rated in only one release add' : ''}. Standard error of the
        change: √(Σ(s⁰se⁰)² + Σ(s¹se¹)² − 2Σs⁰s¹se²), from O*NET&apos;s per-rating standard errors, where the covariance
        counts ratings carried forward unchanged (same survey date in both releases) only once; a missing standard error
        takes the skill&apos;s mean. It covers O*NET&apos;s sampling error only, not OEWS&apos;s.
      </p>
      <DataTable
        label="Skill shift by skill"
        testId="shift-share-table"
        table={defineTable(shiftColumns(hasCoverage), (s) => s.elementId)}
        rows={view.shift}
      />
    </TablePanel>
  );
}
