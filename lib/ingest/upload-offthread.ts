import { rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RowError } from './types';
import { slots } from './slots';
import type { CheckInput, CheckResult } from './upload-check';
import type { WorkerReply, WorkerRequest } from './upload-worker';

/** Longest an upload's check may run before its worker is stopped. */
export const UPLOAD_CHECK_BUDGET_MS = 120_000;
/** Heap cap of the worker, so one hostile file cannot exhaust the server's memory. */
const WORKER_HEAP_MB = 768;
/** Checks running at once (per process); more uploads wait their turn, so memory stays bounded. */
export const MAX_CONCURRENT_CHECKS = 2;
const checkSlots = slots(MAX_CONCURRENT_CHECKS);

// Resolved from the project root (where next and the tests run), not import.meta.url: in the built
// app this module is bundled into .next/, while the worker runs unbundled from the sources. The
// ignore comment keeps Turbopack from following the path and bundling tsx into the server.
const workerFile = (name: string) => path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'ingest', name);

/** The check's result, or a refusal because it ran past its time budget. */
export type OffThreadResult = CheckResult | { ok: false; timedOut: true; errors: RowError[] };

/**
 * Runs checkUpload (decode, store, parse and validate) in a worker thread, so a large or hostile
 * file never blocks the server's event loop, and stops it after `budgetMs`; at most
 * MAX_CONCURRENT_CHECKS run at once. On a timeout or a crash the upload's folder is removed.
 * @throws when the worker fails for a reason other than the time budget
 */
export function checkUploadOffThread(
  input: CheckInput,
  target: WorkerRequest['target'],
  options: { budgetMs?: number } = {},
): Promise<OffThreadResult> {
  return checkSlots.run(() => runWorker(input, target, options));
}

/** One worker for one check; the budget counts from its start, not from the wait for a slot. */
function runWorker(
  input: CheckInput,
  target: WorkerRequest['target'],
  options: { budgetMs?: number },
): Promise<OffThreadResult> {
  const budgetMs = options.budgetMs ?? UPLOAD_CHECK_BUDGET_MS;
  const request: WorkerRequest = { entry: workerFile('upload-worker.ts'), input, target };
  const cleanUp = () => rmSync(path.join(input.dir, input.id), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const worker = new Worker(/* turbopackIgnore: true */ workerFile('upload-worker-boot.mjs'), {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => {
      settle(() => {
        cleanUp();
        const reason = `the file could not be checked within ${Math.round(budgetMs / 1000)} s and was set aside; split it into smaller files`;
        resolve({ ok: false, timedOut: true, errors: [{ file: input.shownName, line: 0, reason }] });
      });
    }, budgetMs);
    const fail = (error: Error) => {
      cleanUp();
      reject(error);
    };
    worker.once('message', (message: WorkerReply) =>
      settle(() => ('result' in message ? resolve(message.result) : fail(new Error(message.failure)))),
    );
    worker.once('error', (err) => settle(() => fail(err)));
    worker.once('exit', (code) =>
      settle(() => fail(new Error(`the upload check stopped unexpectedly (exit ${code})`))),
    );
  });
}
