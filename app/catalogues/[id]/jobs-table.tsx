import Link from 'next/link';
import type { JobView } from '@/lib/db/queries/job-catalogue-report';
import { type Column, DataTable, defineTable } from '../../ui/data-table';
import { fmt } from '../../ui/format';

/** How the job's occupation was chosen: reassigned in review, the file's own code, or the coder's confidence. */
const codeNote = (j: JobView) =>
  j.codeSource === 'reviewed'
    ? ' (reassigned)'
    : j.codeSource === 'file'
      ? ' (your code)'
      : j.confidence !== null
        ? ` (${Math.round(j.confidence * 100)}%)`
        : '';

const COLUMNS: readonly Column<JobView>[] = [
  {
    key: 'title',
    label: 'Title',
    rowHeader: true,
    cell: (j) => (
      <>
        {j.title}
        {j.department ? <small> · {j.department}</small> : null}
      </>
    ),
  },
  { key: 'headcount', label: 'Headcount', numeric: true, cell: (j) => (j.headcount === null ? '–' : fmt(j.headcount)) },
  {
    key: 'occupation',
    label: 'Occupation (confidence)',
    cell: (j) => (
      <>
        {j.code ? <Link href={`/occupations/${j.code}`}>{`${j.code} ${j.occupationTitle ?? ''}`}</Link> : 'no match'}
        {codeNote(j)}
      </>
    ),
  },
  {
    key: 'alternatives',
    label: 'Alternatives',
    cellClass: 'text-wide',
    cell: (j) => j.alternatives.map((a) => `${a.code} ${a.title}`).join('; '),
  },
  {
    key: 'exposure',
    label: 'Exposure (interval)',
    numeric: true,
    cell: (j) =>
      `${fmt(j.exposure, 'score')}${j.exposureLow !== null && j.exposureHigh !== null ? ` (${fmt(j.exposureLow, 'score')}–${fmt(j.exposureHigh, 'score')})` : ''}`,
  },
  { key: 'automation', label: 'Automation', numeric: true, cell: (j) => fmt(j.automation, 'score') },
  { key: 'shareExposed', label: 'Tasks exposed', numeric: true, cell: (j) => fmt(j.shareExposed, 'pct') },
  {
    key: 'topTasks',
    label: 'Most exposed tasks',
    cellClass: 'text-wide',
    cell: (j) =>
      j.topTasks.length > 0 && (
        <ol>
          {j.topTasks.map((t, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a job's top tasks are a fixed list and two may share a text
            <li key={i}>{t.text}</li>
          ))}
        </ol>
      ),
  },
  {
    key: 'reskilling',
    label: 'Best reskilling path',
    cellClass: 'text-wide',
    cell: (j) =>
      j.reskilling
        ? `${j.reskilling.title} (${j.reskilling.code}, exposure ${fmt(j.reskilling.exposure, 'score')})`
        : '–',
  },
];

const TABLE = defineTable(COLUMNS, (j) => j.position);

/** Every job: its occupation, confidence and alternatives, exposure with interval, automation, tasks and best reskilling path. */
export function JobsTable({ jobs }: { jobs: JobView[] }) {
  return <DataTable label="Jobs" labelTable className="jobs-table" table={TABLE} rows={jobs} />;
}
