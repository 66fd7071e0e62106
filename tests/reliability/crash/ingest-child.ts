/**
 * Child process for the PGlite crash test: loads one custom index file through the real pipeline
 * (migrate, loadFile, one transaction under the source's lock) and prints "written N" after each batch,
 * since PGlite admits one process and the parent cannot watch the database itself.
 * Usage: node --import tsx tests/reliability/crash/ingest-child.ts <pgliteDir> <dataDir> <indexName>
 */
import { createDb } from '../../../lib/db/client';
import { migrate } from '../../../lib/db/migrate';
import { loadFile } from '../../../lib/ingest/load';
import { customIndexSpec } from '../../../lib/ingest/sources/custom-index';

const [pgliteDir, dataDir, indexName] = process.argv.slice(2);
if (!pgliteDir || !dataDir || !indexName) throw new Error('usage: ingest-child.ts <pgliteDir> <dataDir> <indexName>');
const db = createDb({ pgliteDir });
await migrate(db);
const result = await loadFile(db, dataDir, customIndexSpec(`indices/${indexName}.csv`), {
  force: true,
  batchRows: 2_000,
  onProgress: (p) => console.log(`written ${p.rows}`),
});
console.log(`done ${result.status} ${result.rowsLoaded}`);
await db.close();
process.exit(result.status === 'succeeded' ? 0 : 1);
