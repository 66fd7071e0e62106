import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getDb } from '@/lib/db/client';
import { listCatalogues } from '@/lib/db/job-catalogues';
import { type Column, DataTable, defineTable } from '../ui/data-table';
import { fmt } from '../ui/format';
import { signedInOrLogin } from './guard';
import { CatalogueUpload } from './upload';

export const metadata: Metadata = { title: 'Job catalogues' };

const COLUMNS: readonly Column<Awaited<ReturnType<typeof listCatalogues>>[number]>[] = [
  { key: 'file', label: 'File', cell: (c) => <Link href={`/catalogues/${c.id}`}>{c.name}</Link> },
  { key: 'status', label: 'Status', cell: (c) => (c.status === 'ready' ? 'ready' : 'waiting for confirmation') },
  { key: 'jobs', label: 'Jobs', numeric: true, cell: (c) => fmt(c.jobs) },
  { key: 'headcount', label: 'Headcount', numeric: true, cell: (c) => fmt(c.headcount) },
  {
    key: 'uploaded',
    label: 'Uploaded',
    cell: (c) => `${c.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  },
];

const TABLE = defineTable(COLUMNS, (c) => c.id);

/** HR job catalogues: upload one (CSV or XLSX), see its validation report, confirm, open its report. */
export default async function CataloguesPage() {
  await connection();
  await signedInOrLogin('/catalogues');
  const catalogues = await listCatalogues(getDb());
  return (
    <>
      <h1>Job catalogues</h1>
      <p className="lead">
        Upload your organisation&apos;s job titles with headcounts and departments; each title is coded to an O*NET
        occupation and the report shows your workforce&apos;s AI exposure beside the US workforce&apos;s. Catalogues are
        private: only signed-in users see them.
      </p>
      <CatalogueUpload />
      <h2>Your catalogues</h2>
      <DataTable label="Your catalogues" table={TABLE} rows={catalogues} empty={<p>No catalogue yet.</p>} />
    </>
  );
}
