import { parentPort } from 'node:worker_threads';
import { emptyTally, type CheckTally } from './check-rows';
import { fileBatches, type BatchOptions, type FileFlush } from './file-batches';
import { specsFor } from './sources';
import { runFileName } from './types';

/** A file to check: the registered spec is found again here by source and run name (zod schemas cannot cross threads). */
export interface ParseJob {
  type: 'job';
  id: number;
  dir: string;
  source: string;
  name: string;
  absPath: string;
  options: BatchOptions;
}

/** What the loading thread sends: a job, a batch written (credit for the next), or a cancel. */
export type ToParseWorker = ParseJob | { type: 'ack' | 'cancel'; id: number };

/** What a parse worker sends back, per job. */
export type FromParseWorker =
  | { type: 'flush'; id: number; flush: FileFlush }
  | { type: 'done'; id: number; tally: CheckTally }
  | { type: 'failed'; id: number; message: string };

/** Batches a job may have sent but not yet seen written: bounds memory when the database is slower than parsing. */
const MAX_IN_FLIGHT = 3;

interface Running {
  inFlight: number;
  cancelled: boolean;
  wake?: () => void;
}
const running = new Map<number, Running>();
const send = (message: FromParseWorker) => parentPort?.postMessage(message);

/** Runs one job through fileBatches (the loader's own producer), sending each flush and waiting for credit. */
async function run(job: ParseJob): Promise<void> {
  const state: Running = { inFlight: 0, cancelled: false };
  running.set(job.id, state);
  try {
    const spec = specsFor(job.dir).find((s) => s.source === job.source && runFileName(s) === job.name);
    if (!spec) throw new Error(`no registered spec ${job.source} / ${job.name}`);
    const tally = emptyTally();
    for await (const flush of fileBatches(job.absPath, spec, tally, job.options)) {
      if (state.cancelled) return;
      send({ type: 'flush', id: job.id, flush });
      if (flush.batch) state.inFlight++;
      while (state.inFlight >= MAX_IN_FLIGHT && !state.cancelled)
        await new Promise<void>((resolve) => (state.wake = resolve));
    }
    if (!state.cancelled) send({ type: 'done', id: job.id, tally });
  } catch (err) {
    send({ type: 'failed', id: job.id, message: err instanceof Error ? err.message : String(err) });
  } finally {
    running.delete(job.id);
  }
}

parentPort?.on('message', (message: ToParseWorker) => {
  if (message.type === 'job') {
    void run(message);
    return;
  }
  const state = running.get(message.id);
  if (!state) return;
  if (message.type === 'ack') state.inFlight--;
  else state.cancelled = true;
  state.wake?.();
});
