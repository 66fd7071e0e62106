/** How a table is sorted through the URL: which column, which way, and the link a header follows. */
export interface SortState {
  /** The sort parameter now in the URL: a column key, with '-' first when descending (any other value sorts no column). */
  current: string;
  /** The page's URL with its sort parameter set to `sort` (and whatever else resets with it, e.g. page 1). */
  href: (sort: string) => string;
  /** Numbers rank largest first on the first click and names A–Z; without it every first click ascends. */
  numbersFirstDescending?: boolean;
  /** false keeps the scroll position when a header is followed (next/link `scroll`). */
  scroll?: boolean;
}

/** The key the table is sorted by now, without its direction. */
export const sortedKey = (s: SortState) => s.current.replace(/^-/, '');

/** Whether the table is sorted descending now. */
export const sortedDescending = (s: SortState) => s.current.startsWith('-');

/** aria-sort for a sortable column's header: its direction when it is the sorted column, 'none' otherwise. */
export function ariaSort(key: string, s: SortState): 'ascending' | 'descending' | 'none' {
  if (sortedKey(s) !== key) return 'none';
  return sortedDescending(s) ? 'descending' : 'ascending';
}

/**
 * The sort parameter a header's link sets: the sorted column reverses; another column starts ascending, or
 * descending when it is numeric and the table ranks numbers largest first.
 */
export function nextSort(key: string, numeric: boolean, s: SortState): string {
  if (sortedKey(s) === key) return sortedDescending(s) ? key : `-${key}`;
  return numeric && s.numbersFirstDescending ? `-${key}` : key;
}

/** The arrow beside a sorted header: ▲ ascending, ▼ descending, nothing on the others. */
export function sortArrow(key: string, s: SortState): string {
  const dir = ariaSort(key, s);
  return dir === 'none' ? '' : dir === 'descending' ? '▼' : '▲';
}
