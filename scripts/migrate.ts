import { getDb } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';

/** `npm run db:migrate`: applies pending SQL migrations to the configured database. */
const db = getDb();
try {
  const applied = await migrate(db);
  console.log(applied.length ? `Applied ${applied.join(', ')} on ${db.kind}` : `Database (${db.kind}) is up to date`);
} finally {
  await db.close();
}
