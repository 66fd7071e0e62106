import type { Db } from '../db/client';
import { inSourceTransaction } from '../db/imports';
import { customIndexNames } from '../db/uploads';
import { indexTarget } from './sources/indices';

/**
 * Deletes every row of one custom index, under the custom-index source lock so it cannot interleave
 * with an import of it. Published indices (loaded from the registry) cannot be deleted this way.
 * @returns the number of rows deleted, or null when `name` is not a loaded custom index
 */
export async function deleteCustomIndex(db: Db, name: string): Promise<number | null> {
  if (!(await customIndexNames(db)).includes(name)) return null;
  return inSourceTransaction(db, 'custom-index', (tx) => tx.clearScope(indexTarget, { index_name: name }));
}
