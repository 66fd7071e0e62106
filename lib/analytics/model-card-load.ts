import { type Db, getDb } from '../db/client';
import { fetchCurrentModel } from '../db/queries/model';
import { listArtifacts, MODELS_DIR, readArtifactRecord, readTitleCoderRecord } from '../models/artifact-files';
import { buildModelCard, type ModelCard } from './model-card';

/**
 * The model card of the version whose scores the dashboard shows, read from its committed artifact
 * (models/<version>/metrics.json and config.json); a version with no artifact folder falls back to
 * the metrics recorded in the database. With no scored version yet, the newest committed artifact
 * is described (marked as not current). Null when there is neither. The newest committed title
 * coder's validation is shown beside it.
 */
export async function fetchModelCard(db: Db = getDb(), modelsDir = MODELS_DIR): Promise<ModelCard | null> {
  const current = await fetchCurrentModel(db);
  const titleCoder = readTitleCoderRecord(modelsDir);
  if (current) {
    const record = readArtifactRecord(current.version, modelsDir);
    return record
      ? buildModelCard({
          version: current.version,
          source: `${record.folder}/metrics.json`,
          current: true,
          metrics: record.metrics,
          config: record.config,
          titleCoder,
        })
      : buildModelCard({
          version: current.version,
          source: 'the model version’s metrics recorded in the database',
          current: true,
          metrics: current.metrics,
          config: current.params,
          titleCoder,
        });
  }
  const newest = listArtifacts(modelsDir)[0];
  const record = newest ? readArtifactRecord(newest, modelsDir) : null;
  return record
    ? buildModelCard({
        version: record.version,
        source: `${record.folder}/metrics.json`,
        current: false,
        metrics: record.metrics,
        config: record.config,
        titleCoder,
      })
    : null;
}
