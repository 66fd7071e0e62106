import type { Column } from './data-table';
import { fmt } from './format';

/** What an exposure cell reads: the score and its interval. */
type Scored = { exposure: number | null; exposureLow: number | null; exposureHigh: number | null };

/** An exposure score with its interval beside it; the interval hides on narrow screens and when there is no score. */
export function ExposureInterval({ f }: { f: Scored }) {
  return (
    <>
      {fmt(f.exposure, 'score')}
      {f.exposure !== null ? (
        <span className="small hide-narrow">
          {' '}
          ({fmt(f.exposureLow, 'score')}–{fmt(f.exposureHigh, 'score')})
        </span>
      ) : null}
    </>
  );
}

/** The sortable "Exposure (interval)" column the occupation, sector and industry tables share. */
export function exposureColumn<T extends Scored>(): Column<T> & { key: 'exposure' } {
  return {
    key: 'exposure',
    label: 'Exposure (interval)',
    numeric: true,
    sortable: true,
    cell: (r) => <ExposureInterval f={r} />,
  };
}
