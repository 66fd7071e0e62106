import Link from 'next/link';
import type { JobView } from '@/lib/db/queries/job-catalogue-report';
import { fmt } from '../../ui/format';
import { TableScroll } from '../../ui/table-scroll';

/** Every job: its occupation, confidence and alternatives, exposure with interval, automation, tasks and best reskilling path. */
export function JobsTable({ jobs }: { jobs: JobView[] }) {
  return (
    <TableScroll label="Jobs">
      <table aria-label="Jobs" className="jobs-table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Headcount</th>
            <th scope="col">Occupation (confidence)</th>
            <th scope="col">Alternatives</th>
            <th scope="col">Exposure (interval)</th>
            <th scope="col">Automation</th>
            <th scope="col">Tasks exposed</th>
            <th scope="col">Most exposed tasks</th>
            <th scope="col">Best reskilling path</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.position}>
              <th scope="row">
                {j.title}
                {j.department ? <small> · {j.department}</small> : null}
              </th>
              <td className="num">{j.headcount === null ? '–' : fmt(j.headcount)}</td>
              <td>
                {j.code ? <Link href={`/occupations/${j.code}`}>{`${j.code} ${j.occupationTitle ?? ''}`}</Link> : 'no match'}
                {j.codeSource === 'reviewed' ? ' (reassigned)' : j.codeSource === 'file' ? ' (your code)' : j.confidence !== null ? ` (${Math.round(j.confidence * 100)}%)` : ''}
              </td>
              <td className="text-wide">{j.alternatives.map((a) => `${a.code} ${a.title}`).join('; ')}</td>
              <td className="num">
                {fmt(j.exposure, 'score')}
                {j.exposureLow !== null && j.exposureHigh !== null ? ` (${fmt(j.exposureLow, 'score')}–${fmt(j.exposureHigh, 'score')})` : ''}
              </td>
              <td className="num">{fmt(j.automation, 'score')}</td>
              <td className="num">{fmt(j.shareExposed, 'pct')}</td>
              <td className="text-wide">
                {j.topTasks.length > 0 && (
                  <ol>
                    {j.topTasks.map((t, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a job's top tasks are a fixed list and two may share a text
                      <li key={i}>{t.text}</li>
                    ))}
                  </ol>
                )}
              </td>
              <td className="text-wide">{j.reskilling ? `${j.reskilling.title} (${j.reskilling.code}, exposure ${fmt(j.reskilling.exposure, 'score')})` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
