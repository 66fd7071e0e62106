import { fmt } from './format';

/** An exposure score with its interval beside it; the interval hides on narrow screens and when there is no score. */
export function ExposureInterval({
  f,
}: {
  f: { exposure: number | null; exposureLow: number | null; exposureHigh: number | null };
}) {
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
