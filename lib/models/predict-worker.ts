import { parentPort, workerData } from 'node:worker_threads';
import * as tf from './tf';
import './layers';
import { selectBackend, type BackendName } from './backend';
import { headByName } from './heads';
import { predictMember } from './predict';

/** What the parent hands a prediction worker once: the backend, every member's artifacts, the encoded inputs. */
export interface WorkerSetup {
  backend: BackendName;
  members: tf.io.ModelArtifacts[];
  text: number[][];
  title: number[][];
  headNames: string[];
  batchSize: number;
}

/** One piece of work: member `member` over rows [start, end) (start a multiple of the batch size). */
export interface WorkerJob {
  member: number;
  start: number;
  end: number;
}

const setup = workerData as WorkerSetup;
await selectBackend(setup.backend === 'tensorflow' ? 'node' : setup.backend, true);
const members = await Promise.all(setup.members.map((a) => tf.loadLayersModel(tf.io.fromMemory(a))));
const heads = setup.headNames.map((name) => headByName(name));

// Runs jobs until the parent sends null; posts progress per batch and each job's outputs.
parentPort!.on('message', (job: WorkerJob | null) => {
  if (!job) {
    for (const m of members) m.dispose();
    parentPort!.close();
    return;
  }
  const encoded = {
    text: setup.text.slice(job.start, job.end),
    title: setup.title.slice(job.start, job.end),
    tokens: [],
  };
  let reported = 0;
  const outputs = predictMember(
    members[job.member]!,
    encoded,
    setup.batchSize,
    (done) => {
      parentPort!.postMessage({ type: 'progress', rows: done - reported });
      reported = done;
    },
    heads,
  );
  parentPort!.postMessage({ type: 'result', job, outputs });
});
parentPort!.postMessage({ type: 'ready' });
