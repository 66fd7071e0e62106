import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client';
import { readScoringData } from '../db/model-data';
import { beginScoring, markFailed, modelVersionStatus, registerModelVersion, writeScores } from '../db/scores';
import type { ExposureModel } from './artifact';
import { scoreAll } from './score';

/** What a scoring run wrote. */
export interface ScoringSummary {
  version: string;
  tasks: number;
  occupations: number;
  unscoredTaskless: number;
  seconds: number;
}

/**
 * Scores every task and occupation of the scored O*NET release with one model version:
 * registers the version if needed, marks it 'scoring', then replaces its rows and flips it to
 * 'ready' in one transaction. Re-scoring a version replaces its rows (idempotent); other
 * versions are never touched. `artifactDir` supplies metrics for a version not yet registered.
 */
export async function scoreVersion(db: Db, model: ExposureModel, artifactDir?: string, onProgress?: (done: number, total: number) => void): Promise<ScoringSummary> {
  const started = Date.now();
  if (!(await modelVersionStatus(db, model.version))) {
    const metricsFile = artifactDir ? path.join(artifactDir, 'metrics.json') : '';
    const metrics = metricsFile && existsSync(metricsFile) ? JSON.parse(readFileSync(metricsFile, 'utf8')) : {};
    await registerModelVersion(db, { version: model.version, kind: 'exposure-ensemble', params: model.config, metrics, dataVersions: model.dataVersions });
  }
  await beginScoring(db, model.version);
  try {
    const data = await readScoringData(db);
    const scored = scoreAll(model, data.tasks, data.occupations, onProgress, data.activityTitles);
    await writeScores(db, model.version, scored.tasks, scored.occupations);
    return {
      version: model.version,
      tasks: scored.tasks.length,
      occupations: scored.occupations.length,
      unscoredTaskless: scored.occupations.filter((o) => o.nTasks === 0).length,
      seconds: (Date.now() - started) / 1000,
    };
  } catch (error) {
    await markFailed(db, model.version);
    throw error;
  }
}
