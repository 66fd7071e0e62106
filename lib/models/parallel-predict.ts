import { Worker } from 'node:worker_threads';
import * as tf from './tf';
import { toArtifacts } from './artifact';
import type { EncodedTasks } from './features';
import { TASK_HEADS } from './heads';
import { type MemberOutputs, memberOutputKeys } from './predict';
import type { WorkerJob, WorkerSetup } from './predict-worker';

// The worker is TypeScript: tsx's loader is registered inside the thread, as `tsx` does for the CLI, then it is imported.
const WORKER_BOOT = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./predict-worker.ts', import.meta.url).href)}); })`;

/**
 * Jobs of (member, row range) with ranges starting on batch boundaries, so every forward pass sees the same
 * rows as the in-process loop and the outputs are bit-identical; about `pieces` ranges per member.
 */
export function planJobs(members: number, rows: number, batchSize: number, pieces: number): WorkerJob[] {
  const batches = Math.ceil(rows / batchSize);
  const perJob = Math.max(1, Math.ceil(batches / Math.max(1, pieces))) * batchSize;
  const jobs: WorkerJob[] = [];
  for (let member = 0; member < members; member++)
    for (let start = 0; start < rows; start += perJob)
      jobs.push({ member, start, end: Math.min(rows, start + perJob) });
  return jobs;
}

/**
 * predictMember for every member, spread over `workers` worker threads (each with its own backend instance),
 * for the cores a single tfjs backend leaves idle. Progress counts rows done over all members.
 */
export async function predictMembersParallel(
  members: readonly tf.LayersModel[],
  encoded: EncodedTasks,
  options: { workers: number; batchSize: number; onProgress?: (done: number) => void },
): Promise<MemberOutputs[]> {
  const keys = memberOutputKeys();
  const setup: WorkerSetup = {
    backend: tf.getBackend() as WorkerSetup['backend'],
    members: await Promise.all(members.map((m) => toArtifacts(m))),
    text: encoded.text,
    title: encoded.title,
    headNames: TASK_HEADS.map((h) => h.name),
    batchSize: options.batchSize,
  };
  const n = encoded.text.length;
  const jobs = planJobs(members.length, n, options.batchSize, options.workers * 2);
  const jobKey = (job: WorkerJob) => `${job.member}:${job.start}`;
  const results = new Map<string, MemberOutputs>();
  let done = 0;
  let next = 0;
  const threads: Worker[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_BOOT, { eval: true, workerData: setup });
      threads.push(worker);
      const give = () => worker.postMessage(next < jobs.length ? jobs[next++]! : null);
      worker.on(
        'message',
        (
          message:
            | { type: 'ready' }
            | { type: 'progress'; rows: number }
            | { type: 'result'; job: WorkerJob; outputs: MemberOutputs },
        ) => {
          if (message.type === 'progress') {
            done += message.rows;
            options.onProgress?.(done);
            return;
          }
          if (message.type === 'result') results.set(jobKey(message.job), message.outputs);
          give();
        },
      );
      worker.on('error', reject);
      worker.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`prediction worker exited with code ${code}`)),
      );
    });
  try {
    await Promise.all(Array.from({ length: Math.min(options.workers, jobs.length) }, run));
  } catch (error) {
    await Promise.all(threads.map((t) => t.terminate())); // one failed: stop the others too
    throw error;
  }
  return members.map((_, member) => {
    const out = Object.fromEntries(keys.map((k) => [k, [] as number[][]]));
    for (const job of jobs.filter((j) => j.member === member)) {
      const part = results.get(jobKey(job)) as unknown as Record<string, number[][]>;
      for (const k of keys) out[k]!.push(...part[k]!);
    }
    return out as MemberOutputs;
  });
}
