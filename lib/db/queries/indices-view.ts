import { compareIndex, type IndexComparison, type Pair } from '../../analytics/compare';
import { describeIndex, type IndexDescription } from '../../analytics/index-info';
import { type Db, getDb } from '../client';
import { fetchCatalogue } from './catalogue';
import { fetchIndexMatches, type IndexInfo } from './indices';
import { type CurrentModel, fetchCurrentModel } from './model';

/** What /indices and GET /api/indices show. */
export interface IndicesView {
  model: CurrentModel | null;
  scoredOccupations: number;
  /** Per index: its key, human name and published facts (`about`), agreement with the model and the plotted points. */
  comparisons: (IndexComparison & IndexInfo & { covered: number; label: string; about: IndexDescription })[];
}

/** Every occupation the index reaches that the model scores: model exposure (x) against index value (y). */
async function indexPairs(db: Db): Promise<Map<string, Pair[]>> {
  const [catalogue, index] = await Promise.all([fetchCatalogue(db), fetchIndexMatches(db)]);
  const out = new Map<string, Pair[]>(index.info.map((i) => [i.indexName, []]));
  for (const m of index.matches) {
    const o = catalogue.byCode.get(m.code);
    if (o && o.exposure !== null)
      out.get(m.indexName)?.push({ code: o.code, title: o.title, x: o.exposure, y: m.value });
  }
  return out;
}

/** The model against every published index: matched counts, Pearson, Spearman and a (thinned) scatter. */
export async function fetchIndices(db: Db = getDb()): Promise<IndicesView> {
  const [catalogue, index, model, pairs] = await Promise.all([
    fetchCatalogue(db),
    fetchIndexMatches(db),
    fetchCurrentModel(db),
    indexPairs(db),
  ]);
  const comparisons = index.info.map((info) => {
    const about = describeIndex(info.indexName);
    const covered = index.matches.filter((m) => m.indexName === info.indexName).length;
    return {
      ...info,
      ...compareIndex(info.indexName, pairs.get(info.indexName) ?? []),
      covered,
      label: about.label,
      about,
    };
  });
  return { model, scoredOccupations: catalogue.occupations.filter((o) => o.exposure !== null).length, comparisons };
}

/**
 * Every matched occupation of one index (not only the points the scatter plots), ordered by
 * model exposure then code: the rows behind the scatter's CSV. Unknown index → no rows.
 */
export async function fetchIndexPoints(indexName: string, db: Db = getDb()): Promise<(Pair & { label: string })[]> {
  const pairs = (await indexPairs(db)).get(indexName) ?? [];
  return pairs.map((p) => ({ ...p, label: p.title })).sort((a, b) => a.x - b.x || a.code.localeCompare(b.code));
}
