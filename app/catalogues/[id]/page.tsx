import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { catalogueId } from '@/lib/api/catalogue-handlers';
import { getDb } from '@/lib/db/client';
import { fetchCatalogueReport } from '@/lib/db/queries/job-catalogue-report';
import { signedInOrLogin } from '../guard';
import { CatalogueActions } from './actions';
import { Departments } from './departments';
import { Headline } from './headline';
import { JobsTable } from './jobs-table';
import { ReviewQueue } from './review';

export const metadata: Metadata = { title: 'Catalogue report' };

/** Rows of the review queue shown at once (lowest confidence first). */
const REVIEW_ROWS = 50;
/** Jobs listed on the page (a 50,000-row table would be tens of MB of HTML); the CSV carries every job. */
const JOB_ROWS = 1_000;

/** One catalogue's report: headline beside the US workforce, exposure by department, review queue, jobs, CSV and print view. */
export default async function CatalogueReportPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  await signedInOrLogin(`/catalogues/${id}`);
  if (!catalogueId.safeParse(id).success) notFound();
  const report = await fetchCatalogueReport(id, getDb());
  if (!report) notFound();
  const { catalogue } = report;
  return (
    <>
      <h1>Catalogue: {catalogue.name}</h1>
      <p className="lead">
        {report.jobs.length} jobs{catalogue.status === 'staged' ? ', waiting for confirmation' : ''}; exposure scores
        from model {report.modelVersion ?? '(none yet)'}.{' '}
        <a href={`/api/catalogues/${id}/export`}>Download the report (CSV)</a> ·{' '}
        <a href={`/catalogues/${id}/print`}>Printable summary</a>
      </p>
      <CatalogueActions id={id} staged={catalogue.status === 'staged'} />
      <h2>Headline</h2>
      <Headline h={report.headline} />
      <h2>Exposure by department</h2>
      <Departments departments={report.departments} />
      <h2>Review queue</h2>
      <p>Lowest confidence first. Reassign a job to another occupation by its O*NET-SOC code; every figure updates.</p>
      <ReviewQueue catalogueId={id} jobs={report.review.slice(0, REVIEW_ROWS)} />
      <h2>Jobs</h2>
      {report.jobs.length > JOB_ROWS && (
        <p>
          The first {JOB_ROWS.toLocaleString('en-US')} of {report.jobs.length.toLocaleString('en-US')} jobs in file
          order; the CSV download has every job.
        </p>
      )}
      <JobsTable jobs={report.jobs.slice(0, JOB_ROWS)} />
    </>
  );
}
