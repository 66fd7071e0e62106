import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client';
import { readScoringData } from '../db/model-data';
import { beginScoring, markFailed, modelVersionStatus, registerModelVersion, writeScores } from '../db/scores';
import type { ExposureModel } from './artifact';
import { METRICS_FILE } from './artifact-files';
import { scoreAllAsync } from './score';
import { shardKeys, type Shard } from './shard';

/** What a scoring run wrote. */
export interface ScoringSummary {
  version: string;
  tasks: number;
  occupations: number;
  unscoredTaskless: number;
  seconds: number;
  /** Set when the run was one shard: whether the version is now 'ready' (every shard has landed). */
  ready: boolean;
}

/** How a scoring run reports and what it covers. */
export interface ScoringOptions {
  onProgress?: (done: number, total: number) => void;
  /** Stage lines ("reading tasks") before the counted work starts. */
  onStage?: (text: string) => void;
  /** Score only this slice of the occupations (sorted by code), for parallel jobs against one database. */
  shard?: Shard;
  /** Worker threads for the forward passes (1: in this thread). */
  workers?: number;
}

/**
 * Scores every task and occupation of the scored O*NET release with one model version:
 * registers the version if needed, marks it 'scoring', then replaces its rows and flips it to
 * 'ready' in one transaction. Re-scoring a version replaces its rows (idempotent); other
 * versions are never touched. `artifactDir` supplies metrics for a version not yet registered.
 * With a shard only that slice's rows are replaced; the version turns 'ready' when the last shard lands.
 */
export async function scoreVersion(
  db: Db,
  model: ExposureModel,
  artifactDir?: string,
  options: ScoringOptions = {},
): Promise<ScoringSummary> {
  const started = Date.now();
  const { onProgress, onStage, shard, workers = 1 } = options;
  if (!(await modelVersionStatus(db, model.version))) {
    const metricsFile = artifactDir ? path.join(artifactDir, METRICS_FILE) : '';
    const metrics = metricsFile && existsSync(metricsFile) ? JSON.parse(readFileSync(metricsFile, 'utf8')) : {};
    await registerModelVersion(db, {
      version: model.version,
      kind: 'exposure-ensemble',
      params: model.config,
      metrics,
      dataVersions: model.dataVersions,
    });
  }
  await beginScoring(db, model.version);
  try {
    onStage?.('reading tasks and occupations');
    const data = await readScoringData(db);
    const allCodes = [...data.occupations.map((o) => o.code), ...data.tasks.map((t) => t.code)];
    const owned = shard ? shardKeys(allCodes, shard) : undefined;
    const tasks = owned ? data.tasks.filter((t) => owned.has(t.code)) : data.tasks;
    const occupations = owned ? data.occupations.filter((o) => owned.has(o.code)) : data.occupations;
    onStage?.(
      `encoding ${tasks.length} tasks of ${new Set(allCodes.filter((c) => !owned || owned.has(c))).size} occupations`,
    );
    const scored = await scoreAllAsync(model, tasks, occupations, onProgress, data.activityTitles, workers);
    onStage?.(`writing ${scored.tasks.length} task and ${scored.occupations.length} occupation rows`);
    const scope = owned ? { codes: [...owned], totalOccupations: new Set(allCodes).size } : undefined;
    await writeScores(db, model.version, scored.tasks, scored.occupations, scope);
    return {
      version: model.version,
      tasks: scored.tasks.length,
      occupations: scored.occupations.length,
      unscoredTaskless: scored.occupations.filter((o) => o.nTasks === 0).length,
      seconds: (Date.now() - started) / 1000,
      ready: (await modelVersionStatus(db, model.version)) === 'ready',
    };
  } catch (error) {
    await markFailed(db, model.version);
    throw error;
  }
}
