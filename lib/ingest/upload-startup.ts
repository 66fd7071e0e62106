import { getDb } from '../db/client';
import { expireStagedUploadFiles } from './upload-expiry';
import { DEFAULT_UPLOADS_DIR } from './upload-stage';

/**
 * Expires day-old staged uploads when the web server starts (see instrumentation.ts). Runs in the
 * background and never fails the start: a database that is not up yet is retried at the next staging.
 */
export async function expireStagedUploadsAtStartup(): Promise<void> {
  try {
    const { expired, foldersRemoved } = await expireStagedUploadFiles(getDb(), DEFAULT_UPLOADS_DIR);
    if (expired || foldersRemoved) console.log(`Staged uploads: ${expired} expired, ${foldersRemoved} folders removed`);
  } catch (err) {
    console.warn(`Staged uploads were not expired at start-up: ${(err as Error).message}`);
  }
}
