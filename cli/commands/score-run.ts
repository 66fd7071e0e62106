import path from 'node:path';
import { createDb } from '../../lib/db/client';
import { env } from '../../lib/env';
import { disposeModel, listArtifacts, loadModel } from '../../lib/models/artifact';
import { selectBackend } from '../../lib/models/backend';
import { progressBar } from '../../lib/models/progress';
import { scoreVersion } from '../../lib/models/run-scoring';

/** Scores every O*NET 30.1 task and occupation with one model version (`taskshift score`); resolves to the exit code. */
export async function runScore(args: { version?: string; dir: string }): Promise<number> {
  const version = args.version ?? env.MODEL_VERSION ?? listArtifacts(args.dir)[0];
  if (!version) throw new Error(`no model artifact under ${args.dir}: run \`npm run train\` or pass --version`);
  await selectBackend();
  const dir = path.join(args.dir, version);
  const model = await loadModel(dir);
  const db = createDb({ url: env.DATABASE_URL });
  const bar = progressBar('scoring {version} |{bar}| {percentage}% {value}/{total} task passes | ETA {eta_formatted}');
  try {
    bar.start(1, 0, { version });
    const summary = await scoreVersion(db, model, dir, (done, total) => {
      bar.setTotal(total);
      bar.update(done);
    });
    bar.stop();
    console.log(
      `scored ${summary.version}: ${summary.tasks} tasks, ${summary.occupations} occupations ` +
        `(${summary.unscoredTaskless} without task statements, scored from their description) in ${summary.seconds.toFixed(1)} s; status ready`,
    );
    return 0;
  } finally {
    bar.stop();
    disposeModel(model);
    await db.close();
  }
}
