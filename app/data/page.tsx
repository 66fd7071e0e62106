import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Coverage } from '../ui/data/coverage';
import { ImportHistory, TableCounts } from '../ui/data/import-history';
import { Skeleton } from '../ui/skeleton';
import { UploadPanel } from './upload-panel';
import { Widget } from '../ui/widget';

export const metadata: Metadata = { title: 'Data' };

/** Data: what is loaded, and the history of every import with its errors. */
export default async function DataPage() {
  await connection();
  return (
    <>
      <h1>Data</h1>
      <p className="lead">
        Every import run is recorded with its checksum, status, row counts and its first 50 errors (file, line, column
        and reason). A file lands whole or not at all.
      </p>
      <UploadPanel />
      <Widget what="the table counts" fallback={<Skeleton height={100} />}>
        <TableCounts />
      </Widget>
      <Widget what="the employment coverage" fallback={<Skeleton height={300} />}>
        <Coverage />
      </Widget>
      <Widget what="the import history" fallback={<Skeleton height={400} />}>
        <ImportHistory />
      </Widget>
    </>
  );
}
