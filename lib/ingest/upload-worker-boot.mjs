// Entry of the upload-check worker thread. Plain JavaScript on purpose: it is started by path, unbundled,
// in `next dev`, `next start`, tsx scripts and vitest alike; it registers tsx so the worker can load
// the project's TypeScript (upload-worker.ts, with tsconfig paths), then runs it.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
