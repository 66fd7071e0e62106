import { compareIndex, type IndexComparison } from '../../analytics/compare';
import { type Db, getDb } from '../client';
import { fetchCatalogue } from './catalogue';
import { fetchIndexMatches, type IndexInfo } from './indices';
import { type CurrentModel, fetchCurrentModel } from './model';

/** What /indices and GET /api/indices show. */
export interface IndicesView {
  model: CurrentModel | null;
  scoredOccupations: number;
  comparisons: (IndexComparison & IndexInfo & { covered: number })[];
}

/** The model against every published index: matched counts, Pearson, Spearman and a scatter. */
export async function fetchIndices(db: Db = getDb()): Promise<IndicesView> {
  const [catalogue, index, model] = await Promise.all([fetchCatalogue(db), fetchIndexMatches(db), fetchCurrentModel(db)]);
  const comparisons = index.info.map((info) => {
    const matches = index.matches.filter((m) => m.indexName === info.indexName);
    const pairs = matches.flatMap((m) => {
      const o = catalogue.byCode.get(m.code);
      return o && o.exposure !== null ? [{ code: o.code, title: o.title, x: o.exposure, y: m.value }] : [];
    });
    return { ...info, ...compareIndex(info.indexName, pairs), covered: matches.length };
  });
  return { model, scoredOccupations: catalogue.occupations.filter((o) => o.exposure !== null).length, comparisons };
}
