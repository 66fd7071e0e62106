import path from 'node:path';
import { createDb } from '../../lib/db/client';
import { env } from '../../lib/env';
import { disposeModel, listArtifacts, loadModel } from '../../lib/models/artifact';
import { selectBackend } from '../../lib/models/backend';
import { countProgress } from '../../lib/models/progress';
import { scoreVersion } from '../../lib/models/run-scoring';
import { shardLabel, type Shard } from '../../lib/models/shard';

/** Scores every O*NET 30.1 task and occupation (or one shard of them) with one model version (`taskshift score`); resolves to the exit code. */
export async function runScore(args: {
  version?: string;
  dir: string;
  shard?: Shard;
  workers: number;
}): Promise<number> {
  const version = args.version ?? env.MODEL_VERSION ?? listArtifacts(args.dir)[0];
  if (!version) throw new Error(`no model artifact under ${args.dir}: run \`npm run train\` or pass --version`);
  const label = `scoring ${version}${args.shard ? ` shard ${shardLabel(args.shard)}` : ''}`;
  const progress = countProgress(label, 'task passes');
  progress.note(`loading the model (${args.workers} worker thread${args.workers === 1 ? '' : 's'})`);
  await selectBackend();
  const dir = path.join(args.dir, version);
  const model = await loadModel(dir);
  const db = createDb({ url: env.DATABASE_URL });
  try {
    const summary = await scoreVersion(db, model, dir, {
      onProgress: progress.update,
      onStage: progress.note,
      shard: args.shard,
      workers: args.workers,
    });
    progress.stop();
    const status = summary.ready ? 'ready' : 'scoring (waiting for the other shards)';
    console.log(
      `scored ${summary.version}${args.shard ? ` shard ${shardLabel(args.shard)}` : ''}: ${summary.tasks} tasks, ${summary.occupations} occupations ` +
        `(${summary.unscoredTaskless} without task statements, scored from their description) in ${summary.seconds.toFixed(1)} s; status ${status}`,
    );
    return 0;
  } finally {
    progress.stop();
    disposeModel(model);
    await db.close();
  }
}
