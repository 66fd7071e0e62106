import { createHash } from 'node:crypto';
import path from 'node:path';
import { resolveDataDir } from '../../lib/env';
import { selectBackend } from '../../lib/models/backend';
import { progressBar } from '../../lib/models/progress';
import { loadTitleCoder, saveTitleCoder } from '../../lib/models/titles/artifact';
import { titleConfig } from '../../lib/models/titles/config';
import { readTitleCorpus } from '../../lib/models/titles/data';
import { evaluateTitleCoder } from '../../lib/models/titles/evaluate';
import { trainTitleCoder } from '../../lib/models/titles/pipeline';
import { writeTitleEvaluation } from '../../lib/models/titles/report';

/** Trains, saves and evaluates the job-title coder (`taskshift train-titles`); resolves to the exit code. */
export async function runTrainTitles(opts: {
  config: string;
  data?: string;
  out: string;
  epochs?: number;
  reuseNetwork?: string;
}): Promise<number> {
  const config = { ...titleConfig(opts.config), ...(opts.epochs ? { epochs: opts.epochs } : {}) };
  const dataDir = opts.data ?? resolveDataDir();
  if (!dataDir) throw new Error('no data folder: pass --data or set DATA_DIR');
  const backend = await selectBackend();
  const corpus = readTitleCorpus(dataDir);
  // The version names the inputs and the settings, so a changed corpus or config never reuses a name.
  const hash = createHash('sha256')
    .update(JSON.stringify(config))
    .update(JSON.stringify(corpus.titles))
    .update(JSON.stringify([...corpus.tasks, ...corpus.dwas]))
    .digest('hex');
  const version = `${config.name}-s${config.seed}-${hash.slice(0, 8)}`;
  process.stderr.write(
    `training ${version}: ${corpus.titles.length} titles, ${corpus.occupations.length} occupations\n`,
  );
  // --reuse-network: the network (and vocabulary) of an artifact trained with the same corpus and network settings
  const pretrained = opts.reuseNetwork ? await loadTitleCoder(opts.reuseNetwork, dataDir) : undefined;
  if (pretrained)
    process.stderr.write(
      `reusing the network of ${pretrained.version}; refitting retriever, blend, temperature and threshold\n`,
    );
  const bar = progressBar('epoch {epoch} |{bar}| {percentage}% loss {loss} | ETA {eta_formatted}');
  const started = Date.now();
  bar.start(1, 0, { epoch: `1/${config.epochs}`, loss: '-' });
  const trained = await trainTitleCoder(
    corpus,
    config,
    version,
    {
      onBatch: (epoch, done, total, loss) => {
        bar.setTotal(total);
        bar.update(done, { epoch: `${epoch}/${config.epochs}`, loss: loss.toFixed(3) });
      },
      onStage: (stage) => {
        bar.stop();
        process.stderr.write(`${stage}… (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
      },
      onEpoch: (epoch, loss, seconds) => {
        if (!process.stderr.isTTY)
          process.stderr.write(`epoch ${epoch}: loss ${loss.toFixed(3)} (${seconds.toFixed(0)} s)\n`);
      },
    },
    pretrained,
  );
  bar.stop();
  const trainingSeconds = (Date.now() - started) / 1000;
  const dir = path.join(opts.out, version);
  const facts = {
    config,
    split: trained.split,
    baselineTemperature: trained.baselineTemperature,
    backend,
    trainingSeconds,
    trainedAt: new Date().toISOString(),
    ...(pretrained ? { networkFrom: pretrained.version } : {}),
  };
  await saveTitleCoder(
    trained.coder,
    dir,
    { retrieverRows: trained.retrieverRows, tasks: corpus.tasks, split: config },
    facts,
  );
  process.stderr.write(
    `evaluating the saved artifact on validation titles… (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  // evaluate what was saved (quantised weights, rebuilt retrievers), as `npm run evaluate:titles` does
  const saved = await loadTitleCoder(dir, dataDir);
  const evaluation = evaluateTitleCoder(saved, trained.val, trained.baseline, trained.baselineTemperature);
  writeTitleEvaluation(dir, version, evaluation, { ...facts, blend: saved.blend });
  const { coder: c, baseline: b } = evaluation;
  console.log(
    `trained ${version} in ${trainingSeconds.toFixed(0)} s → ${dir}: validation top-1 ${c.top1} top-5 ${c.top5} ECE ${c.ece} ` +
      `(TF-IDF baseline top-1 ${b.top1} top-5 ${b.top5} ECE ${b.ece}) on ${c.titles} held-out titles`,
  );
  return 0;
}
