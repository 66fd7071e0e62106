import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '../lib/db/client';
import { env } from '../lib/env';
import { disposeModel, listArtifacts, loadModel, MODELS_DIR } from '../lib/models/artifact';
import { selectBackend } from '../lib/models/backend';
import { progressBar } from '../lib/models/progress';
import { scoreVersion } from '../lib/models/run-scoring';

/** npm run score [-- --version V] [--dir models]: scores every O*NET 30.1 task and occupation. */
const { values } = parseArgs({ options: { version: { type: 'string' }, dir: { type: 'string', default: MODELS_DIR } } });
const version = values.version ?? env.MODEL_VERSION ?? listArtifacts(values.dir)[0];
if (!version) throw new Error(`no model artifact under ${values.dir}: run \`npm run train\` or pass --version`);
await selectBackend();
const dir = path.join(values.dir, version);
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
} finally {
  bar.stop();
  disposeModel(model);
  await db.close();
}
