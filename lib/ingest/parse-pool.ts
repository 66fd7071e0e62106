import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckTally } from './check-rows';
import type { BatchOptions, FileFlush } from './file-batches';
import type { FromParseWorker, ToParseWorker } from './parse-worker';
import { runFileName, type AnyFileSpec } from './types';
import type { BatchSource } from './write-rows';

/**
 * Heap cap of each parse worker: V8 otherwise lets a busy worker's heap grow to several hundred MB
 * before collecting (measured: 2 workers took the ingest's peak RSS from ~480 to ~620 MB; with this cap
 * ~520 MB), at about 15% more GC time. The largest registered file needs a small fraction of it.
 */
const WORKER_HEAP_MB = 192;

// Started by path from the sources (as the upload check's worker is), through the boot file that registers tsx.
const workerFile = (name: string) => path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'ingest', name);

/** One worker and the jobs it is running, each with the handler of its messages. */
interface Lane {
  worker: Worker;
  jobs: Map<number, (message: FromParseWorker | { type: 'crashed'; message: string }) => void>;
}

/** Parse workers for an ingest: files are checked in parallel while the calling thread writes. */
export interface ParsePool {
  readonly size: number;
  /** The batch source of a registered spec of `dir` (see specsFor), checked in the least busy worker. */
  batches(dir: string, spec: AnyFileSpec): BatchSource;
  close(): Promise<void>;
}

/**
 * Starts `size` parse workers (default one per core). Each runs the loader's own producer
 * (fileBatches: parse, the one validate/dedupe loop, encode) for any number of files at once,
 * sending encoded batches back with at most a few in flight per file (backpressure), so
 * this thread only writes: COPY on Postgres, the single connection on PGlite.
 */
export function startParsePool(size = availableParallelism()): ParsePool {
  const lanes: Lane[] = [];
  let nextId = 1;
  const lane = (): Lane => {
    if (lanes.length < size) {
      const worker = new Worker(/* turbopackIgnore: true */ workerFile('upload-worker-boot.mjs'), {
        workerData: { entry: workerFile('parse-worker.ts') },
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      const started: Lane = { worker, jobs: new Map() };
      const crash = (message: string) => {
        for (const handle of started.jobs.values()) handle({ type: 'crashed', message });
        started.jobs.clear();
        lanes.splice(lanes.indexOf(started), 1);
      };
      worker.on('message', (message: FromParseWorker) => started.jobs.get(message.id)?.(message));
      worker.on('error', (err) => crash(`parse worker failed: ${err.message}`));
      worker.on('exit', (code) => crash(`parse worker stopped (exit ${code})`));
      lanes.push(started);
      return started;
    }
    return lanes.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
  };

  // Started at once, so their start (about half a second each) overlaps the ingest's checksums and bookkeeping.
  while (lanes.length < size) lane();
  return {
    size,
    batches: (dir, spec) => (options, tally) =>
      flushes(
        lane(),
        nextId++,
        { dir, source: spec.source, name: runFileName(spec), absPath: path.join(dir, spec.file), options },
        tally,
      ),
    async close() {
      await Promise.all(lanes.splice(0).map((l) => l.worker.terminate()));
    },
  };
}

/**
 * The flushes of one job as an async iterable: each batch is acknowledged once the consumer asks for
 * the next (it has been written), the worker's tally is copied into `tally` when it ends, and a
 * worker's failure is thrown here (the import then rolls back). Stopping early cancels the job.
 */
async function* flushes(
  lane: Lane,
  id: number,
  job: { dir: string; source: string; name: string; absPath: string; options: BatchOptions },
  tally: CheckTally,
): AsyncGenerator<FileFlush> {
  const queue: (FromParseWorker | { type: 'crashed'; message: string })[] = [];
  let wake: (() => void) | undefined;
  lane.jobs.set(id, (message) => {
    queue.push(message);
    wake?.();
  });
  const post = (message: ToParseWorker) => lane.worker.postMessage(message);
  post({ type: 'job', id, ...job });
  let finished = false;
  try {
    for (;;) {
      const message = queue.shift();
      if (!message) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (message.type === 'flush') {
        yield message.flush;
        if (message.flush.batch) post({ type: 'ack', id });
      } else if (message.type === 'done') {
        Object.assign(tally, message.tally);
        finished = true;
        return;
      } else {
        finished = true;
        throw new Error(message.message);
      }
    }
  } finally {
    lane.jobs.delete(id);
    if (!finished) post({ type: 'cancel', id });
  }
}
