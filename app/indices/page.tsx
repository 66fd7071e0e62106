import type { Metadata } from 'next';
import { connection } from 'next/server';
import { cache } from 'react';
import { fetchIndices } from '@/lib/db/queries/indices-view';
import { evaluationView, indicesView } from '@/lib/views/pages';
import { csvHref, drawView } from '../ui/view-rows';
import { ChartFrame } from '../ui/chart-frame';
import { ScatterPlot } from '../ui/charts-client';
import { TablePanel } from '../ui/table-panel';
import { NoData, NoScores } from '../ui/empty-state';
import { fmt } from '../ui/format';
import { Skeleton } from '../ui/skeleton';
import { AboutIndices } from './about';
import { EvaluationReport } from './evaluation';
import { Widget } from '../ui/widget';
import { type Column, DataTable, defineTable } from '../ui/data-table';

export const metadata: Metadata = { title: 'Indices' };

/** The comparisons are computed once per request, though several widgets show them. */
const fetchIndicesOnce = cache(() => fetchIndices());

const COLUMNS: readonly Column<Awaited<ReturnType<typeof fetchIndices>>['comparisons'][number]>[] = [
  { key: 'index', label: 'Index', cell: (c) => `${c.label}${c.year ? ` (${c.year})` : ''}` },
  { key: 'system', label: 'Code system', narrow: true, cell: (c) => codeSystemName(c.codeSystem) },
  { key: 'sourceCodes', label: 'Source codes', numeric: true, cell: (c) => fmt(c.sourceCodes) },
  { key: 'covered', label: 'Occupations reached', numeric: true, cell: (c) => fmt(c.covered) },
  { key: 'matched', label: 'Matched with scores', numeric: true, cell: (c) => fmt(c.matched) },
  { key: 'pearson', label: 'Pearson', numeric: true, cell: (c) => fmt(c.pearson, 'score') },
  { key: 'spearman', label: 'Spearman', numeric: true, cell: (c) => fmt(c.spearman, 'score') },
];

const TABLE = defineTable(COLUMNS, (c) => c.indexName);

async function Comparisons() {
  const v = await fetchIndicesOnce();
  if (v.comparisons.length === 0) return <NoData what="published indices" />;
  const table = await drawView(indicesView);
  return (
    <>
      <TablePanel
        title="Agreement with published indices"
        csv={csvHref(table)}
        csvOf="Agreement with published indices"
      >
        {!v.model ? <NoScores /> : null}
        <DataTable label="Agreement with published indices" testId="indices-table" table={TABLE} rows={table.rows} />
        <p className="note">
          Occupations are reached through the crosswalks: SOC 2010→2018, O*NET-SOC 2010→2019 and ISCO-08→SOC 2010→2018;
          where several codes reach one occupation their values are averaged. Yearly indices use their latest year. A
          negative correlation is not an error: Frey &amp; Osborne measure computerisation of routine work, a different
          construct (see below).
        </p>
      </TablePanel>
      {v.model ? (
        <div className="grid2">
          {v.comparisons
            .filter((c) => c.matched >= 3)
            .map((c) => (
              <ChartFrame
                key={c.indexName}
                title={`Model vs ${c.label}`}
                summary={`${fmt(c.matched)} occupations matched; Pearson ${fmt(c.pearson, 'score')}, Spearman ${fmt(c.spearman, 'score')}.${c.points.length < c.matched ? ` The plot shows ${fmt(c.points.length)} of them, evenly spaced along model exposure; the correlations and the CSV use all ${fmt(c.matched)}.` : ''}`}
                csv={`/api/export/index-points.csv?index=${encodeURIComponent(c.indexName)}`}
                note={c.about.caveat}
              >
                <ScatterPlot points={c.points} xLabel="Model exposure" yLabel={c.about.short} height={280} />
              </ChartFrame>
            ))}
        </div>
      ) : null}
      <AboutIndices indices={v.comparisons.map((c) => c.about)} />
    </>
  );
}

/** Code-system keys in words, for the table. */
function codeSystemName(system: string): string {
  const names: Record<string, string> = {
    soc2010: 'SOC 2010',
    soc2018: 'SOC 2018',
    onetsoc2010: 'O*NET-SOC 2010',
    onetsoc2019: 'O*NET-SOC 2019',
    isco08: 'ISCO-08',
  };
  return names[system] ?? system;
}

async function Evaluation() {
  const v = await fetchIndicesOnce();
  return v.model ? (
    <EvaluationReport model={v.model} scoredOccupations={v.scoredOccupations} view={await drawView(evaluationView)} />
  ) : null;
}

/** The model against every published index, what each index is, and the model's evaluation report. */
export default async function IndicesPage() {
  await connection();
  return (
    <>
      <h1>Published indices</h1>
      <p className="lead">How the model&apos;s exposure agrees with earlier measures of automation and AI exposure.</p>
      <Widget what="the index comparisons" fallback={<Skeleton height={400} />}>
        <Comparisons />
      </Widget>
      <Widget what="the evaluation" fallback={<Skeleton height={300} />}>
        <Evaluation />
      </Widget>
    </>
  );
}
