import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { catalogueId } from '@/lib/api/catalogue-handlers';
import { getDb } from '@/lib/db/client';
import { fetchCatalogueReport } from '@/lib/db/queries/job-catalogue-report';
import { fmt } from '../../../ui/format';
import { signedInOrLogin } from '../../guard';
import { Departments } from '../departments';
import { Headline } from '../headline';

export const metadata: Metadata = { title: 'Catalogue summary' };

/** Most exposed jobs listed on the one-page summary. */
const TOP_JOBS = 8;

/** A one-page summary for management: headline, departments, the most exposed jobs by headcount (print CSS in globals.css). */
export default async function CataloguePrintPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  await signedInOrLogin(`/catalogues/${id}/print`);
  if (!catalogueId.safeParse(id).success) notFound();
  const report = await fetchCatalogueReport(id, getDb());
  if (!report) notFound();
  const top = report.jobs
    .filter((j) => j.exposure !== null)
    .sort((a, b) => b.exposure! - a.exposure! || (b.headcount ?? 1) - (a.headcount ?? 1))
    .slice(0, TOP_JOBS);
  const model = report.modelVersion ?? '(none)';
  const printed = new Date().toISOString().slice(0, 10);
  return (
    <article className="print-summary">
      <h1>AI exposure summary: {report.catalogue.name}</h1>
      <p>
        {fmt(report.headline.headcount)} people in {report.jobs.length} jobs; model {model}; printed {printed}.
      </p>
      <Headline h={report.headline} />
      <h2>By department</h2>
      <Departments departments={report.departments} />
      <h2>Most exposed jobs</h2>
      <ol>
        {top.map((j) => (
          <li key={j.position}>
            {j.title} ({j.headcount ?? '–'}): {j.occupationTitle}, exposure {fmt(j.exposure, 'score')}
            {j.reskilling ? `; reskilling path: ${j.reskilling.title}` : ''}
          </li>
        ))}
      </ol>
    </article>
  );
}
