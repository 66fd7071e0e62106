import { getDb } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';

/** `npm run db:migrate`: applies pending SQL migrations to the configured database. */
const db = getDb('batch'); // no statement timeout for migrations and COPY (lib/db/timeouts.ts)
try {
  const applied = await migrate(db);
  console.log(applied.length ? `Applied ${applied.join(', ')} on ${db.kind}` : `Database (${db.kind}) is up to date`);
} finally {
  await db.close();
}
