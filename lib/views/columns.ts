/** One cell of a view, as the page draws it, the API returns it and the CSV writes it. */
export type Cell = string | number | boolean | null | undefined | Date;

/**
 * What a column's numbers measure: `workers` is a count of people (written as a whole number),
 * `share` a fraction 0–1, `score` an exposure or similarity 0–1, `usd` dollars, `year` a calendar year.
 */
export type Unit = 'workers' | 'share' | 'score' | 'usd' | 'year' | 'index';

/** A column of a view: its label (the CSV header), its unit when it has one, and how to read it from a row. */
export interface Column<Row> {
  header: string;
  unit?: Unit;
  value: (row: Row) => Cell;
}
