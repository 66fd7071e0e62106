import type { SimilarityIndex } from '../analytics/similarity/combine';
import type { CsvColumn } from './csv';

/** One line of the similar-occupations export: an occupation, a neighbour's rank, the neighbour and their similarity. */
export interface SimilarExportRow {
  code: string;
  rank: number;
  similarCode: string;
  similarity: number;
}

/** Columns of `npm run export -- similar`. */
export const SIMILAR_COLUMNS: readonly CsvColumn<SimilarExportRow>[] = [
  { header: 'code', value: (r) => r.code },
  { header: 'rank', value: (r) => r.rank },
  { header: 'similar_code', value: (r) => r.similarCode },
  { header: 'similarity', value: (r) => r.similarity },
];

/** The `k` most similar occupations of every occupation in the index, in code order, rank 1 first. */
export function* similarRows(index: SimilarityIndex, k = 10): Generator<SimilarExportRow> {
  for (const code of [...index.codes].sort())
    for (const [i, n] of index.neighbours(code, k).entries())
      yield { code, rank: i + 1, similarCode: n.code, similarity: n.similarity };
}
