import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getDb } from '@/lib/db/client';
import { listCatalogues } from '@/lib/db/job-catalogues';
import { fmt } from '../ui/format';
import { signedInOrLogin } from './guard';
import { CatalogueUpload } from './upload';

export const metadata: Metadata = { title: 'Job catalogues' };

/** HR job catalogues: upload one (CSV or XLSX), see its validation report, confirm, open its report. */
export default async function CataloguesPage() {
  await connection();
  await signedInOrLogin('/catalogues');
  const catalogues = await listCatalogues(getDb());
  return (
    <>
      <h1>Job catalogues</h1>
      <p className="lead">
        Upload your organisation&apos;s job titles with headcounts and departments; each title is coded to an O*NET occupation and
        the report shows your workforce&apos;s AI exposure beside the US workforce&apos;s. Catalogues are private: only signed-in users
        see them.
      </p>
      <CatalogueUpload />
      <h2>Your catalogues</h2>
      {catalogues.length === 0 ? (
        <p>No catalogue yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Status</th>
              <th scope="col">Jobs</th>
              <th scope="col">Headcount</th>
              <th scope="col">Uploaded</th>
            </tr>
          </thead>
          <tbody>
            {catalogues.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/catalogues/${c.id}`}>{c.name}</Link>
                </td>
                <td>{c.status === 'ready' ? 'ready' : 'waiting for confirmation'}</td>
                <td className="num">{fmt(c.jobs)}</td>
                <td className="num">{fmt(c.headcount)}</td>
                <td>{c.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
