import type { Metadata } from 'next';
import { connection } from 'next/server';
import { cache, Suspense } from 'react';
import { evaluationSummary, flattenMetrics } from '@/lib/analytics/compare';
import { fetchIndices } from '@/lib/db/queries/indices-view';
import { ChartFrame } from '../ui/chart-frame';
import { ScatterPlot } from '../ui/charts-client';
import { NoData, NoScores } from '../ui/empty-state';
import { fmt } from '../ui/format';
import { Skeleton } from '../ui/skeleton';

export const metadata: Metadata = { title: 'Indices' };

/** The comparisons are computed once per request, though two widgets show them. */
const fetchIndicesOnce = cache(() => fetchIndices());

async function Comparisons() {
  const v = await fetchIndicesOnce();
  if (v.comparisons.length === 0) return <NoData what="published indices" />;
  return (
    <>
      <section className="panel">
        <figcaption>
          <h2>Agreement with published indices</h2>
          <a className="csv" href="/api/export/indices.csv" download>
            Download CSV
          </a>
        </figcaption>
        {!v.model ? <NoScores /> : null}
        <div className="table-wrap">
          <table data-testid="indices-table">
            <thead>
              <tr>
                <th>Index</th>
                <th className="hide-narrow">Code system</th>
                <th className="num">Source codes</th>
                <th className="num">Occupations reached</th>
                <th className="num">Matched with scores</th>
                <th className="num">Pearson</th>
                <th className="num">Spearman</th>
              </tr>
            </thead>
            <tbody>
              {v.comparisons.map((c) => (
                <tr key={c.indexName}>
                  <td>
                    {c.indexName}
                    {c.year ? ` (${c.year})` : ''}
                  </td>
                  <td className="hide-narrow">{c.codeSystem}</td>
                  <td className="num">{fmt(c.sourceCodes)}</td>
                  <td className="num">{fmt(c.covered)}</td>
                  <td className="num">{fmt(c.matched)}</td>
                  <td className="num">{fmt(c.pearson, 'score')}</td>
                  <td className="num">{fmt(c.spearman, 'score')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="note">
          Occupations are reached through the crosswalks: SOC 2010→2018, O*NET-SOC 2010→2019 and ISCO-08→SOC 2010→2018; where
          several codes reach one occupation their values are averaged. Yearly indices use their latest year.
        </p>
      </section>
      {v.model ? (
        <div className="grid2">
          {v.comparisons
            .filter((c) => c.matched >= 3)
            .map((c) => (
              <ChartFrame
                key={c.indexName}
                title={`Model vs ${c.indexName}`}
                summary={`${fmt(c.matched)} occupations matched; Pearson ${fmt(c.pearson, 'score')}, Spearman ${fmt(c.spearman, 'score')}.${c.points.length < c.matched ? ` The plot shows ${fmt(c.points.length)} of them, evenly spaced along model exposure; the correlations use all.` : ''}`}
                csv={`/api/export/index-points.csv?index=${encodeURIComponent(c.indexName)}`}
              >
                <ScatterPlot points={c.points} xLabel="Model exposure" yLabel={c.indexName} height={280} />
              </ChartFrame>
            ))}
        </div>
      ) : null}
    </>
  );
}

async function Evaluation() {
  const v = await fetchIndicesOnce();
  if (!v.model) return null;
  const summary = evaluationSummary(v.model.metrics);
  const all = flattenMetrics(v.model.metrics).filter((r) => !r.key.startsWith('epochs'));
  const cell = (x: number | null) => (x === null ? '—' : Number.isInteger(x) ? fmt(x) : x.toFixed(3));
  return (
    <section className="panel">
      <figcaption>
        <h2>Model evaluation report ({v.model.version})</h2>
        <a className="csv" href="/api/export/evaluation.csv" download>
          Download CSV
        </a>
      </figcaption>
      <p className="summary">
        Held-out test occupations (never seen in training): the model against a bag-of-words baseline, with the GPT-4 ratings of
        Eloundou et al. as the reference. {fmt(v.scoredOccupations)} occupations are scored.
      </p>
      {summary.length === 0 ? (
        <p>This model version recorded no held-out metrics.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="evaluation-table">
            <thead>
              <tr>
                <th>Level</th>
                <th>Measure</th>
                <th className="num">Model</th>
                <th className="num">Baseline</th>
                <th className="num">GPT-4 (reference)</th>
              </tr>
            </thead>
            <tbody>
              {summary.map((r) => (
                <tr key={`${r.level}-${r.measure}`}>
                  <td>{r.level}</td>
                  <td>{r.measure}</td>
                  <td className="num">{cell(r.model)}</td>
                  <td className="num">{cell(r.baseline)}</td>
                  <td className="num">{cell(r.gpt4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details>
        <summary>All {all.length} recorded figures</summary>
        <div className="table-wrap">
          <table>
            <tbody>
              {all.map((r) => (
                <tr key={r.key}>
                  <td>
                    <code>{r.key}</code>
                  </td>
                  <td className="num">{typeof r.value === 'number' ? cell(r.value) : String(r.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

/** The model against every published index, and its evaluation report. */
export default async function IndicesPage() {
  await connection();
  return (
    <>
      <h1>Published indices</h1>
      <p className="lead">How the model&apos;s exposure agrees with earlier measures of automation and AI exposure.</p>
      <Suspense fallback={<Skeleton height={400} />}>
        <Comparisons />
      </Suspense>
      <Suspense fallback={<Skeleton height={300} />}>
        <Evaluation />
      </Suspense>
    </>
  );
}
