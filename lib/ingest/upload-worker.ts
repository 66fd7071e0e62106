import { parentPort, workerData } from 'node:worker_threads';
import { checkUpload, type CheckInput, type CheckResult } from './upload-check';
import { specForUpload } from './upload-targets';

/** What the worker is started with: the check's input and a serialisable reference to its target spec. */
export interface WorkerRequest {
  entry: string;
  input: CheckInput;
  target: { kind: string; source: string; specFile: string };
}

/** The worker's one message back. */
export type WorkerReply = { result: CheckResult } | { failure: string };

// Runs in a worker thread (see upload-offthread.ts): the spec is looked up again here because
// zod schemas and functions cannot cross a thread boundary.
const request = workerData as WorkerRequest;
const reply = (message: WorkerReply) => parentPort?.postMessage(message);
const base = specForUpload(request.target);
if (!base) reply({ failure: `unknown upload target ${request.target.source} / ${request.target.specFile}` });
else {
  checkUpload(request.input, base).then(
    (result) => reply({ result }),
    (err: unknown) => reply({ failure: err instanceof Error ? err.message : String(err) }),
  );
}
