import path from 'node:path';
import { resolveDataDir } from '../../lib/env';
import { selectBackend } from '../../lib/models/backend';
import { METRICS_FILE } from '../../lib/models/artifact-files';
import { listTitleCoders, loadTitleCoder } from '../../lib/models/titles/artifact';
import type { TitleConfig } from '../../lib/models/titles/config';
import { readTitleCorpus } from '../../lib/models/titles/data';
import { evaluateTitleCoder } from '../../lib/models/titles/evaluate';
import { buildRetriever, splitCorpus } from '../../lib/models/titles/pipeline';
import { writeTitleEvaluation } from '../../lib/models/titles/report';

/** Evaluates a saved title coder on its validation titles (`taskshift evaluate-titles`); resolves to the exit code. */
export async function runEvaluateTitles(opts: { model?: string; data?: string }): Promise<number> {
  const dir = opts.model ?? path.join(process.cwd(), 'models', listTitleCoders()[0] ?? '');
  const dataDir = opts.data ?? resolveDataDir();
  if (!dataDir) throw new Error('no data folder: pass --data or set DATA_DIR');
  const backend = await selectBackend();
  const started = Date.now();
  const coder = await loadTitleCoder(dir, dataDir);
  const config = coder.extra.config as TitleConfig;
  const { val } = splitCorpus(readTitleCorpus(dataDir), config);
  process.stderr.write(`evaluating ${coder.version} on ${val.length} validation titles…\n`);
  // the baseline: TF-IDF over the same titles with every character 2-4-gram and word
  const evaluation = evaluateTitleCoder(
    coder,
    val,
    buildRetriever(coder.retrieverRows, coder.codes),
    coder.baselineTemperature ?? 1,
  );
  writeTitleEvaluation(dir, coder.version, evaluation, {
    ...coder.extra,
    backend,
    evaluatedAt: new Date().toISOString(),
    blend: coder.blend,
  });
  const { coder: c, baseline: b } = evaluation;
  console.log(
    `evaluated ${coder.version} in ${((Date.now() - started) / 1000).toFixed(0)} s: validation top-1 ${c.top1} top-5 ${c.top5} (SOC ${c.top1Soc}/${c.top5Soc}) ECE ${c.ece}; ` +
      `TF-IDF baseline top-1 ${b.top1} top-5 ${b.top5} (SOC ${b.top1Soc}/${b.top5Soc}) ECE ${b.ece}; ${c.titles} titles → ${path.join(dir, METRICS_FILE)}`,
  );
  return 0;
}
