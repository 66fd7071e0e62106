import { fmt } from '../format';
import { NoData, NoScores } from '../empty-state';
import { getOverview } from './data';
import { HowComputed } from '../how-computed';

function Pair({
  label,
  model,
  human,
  sub,
}: {
  label: string;
  model: number | null;
  human: number | null;
  sub: string;
}) {
  return (
    <div className="card">
      <div className="label">{label}</div>
      <div className="value">
        <span data-testid={`model-${label.includes('50') ? '50' : '10'}`}>{fmt(model, 'pct')}</span>{' '}
        <span className="sub">model</span> · {fmt(human, 'pct')} <span className="sub">human labels</span>
      </div>
      <div className="sub">{sub}</div>
    </div>
  );
}

/** Headline cards: workers covered, weighted mean exposure and the Eloundou-style shares. */
export async function Headline() {
  const { summary, model, employmentYear, oewsTotal } = await getOverview();
  if (summary.occupations === 0) return <NoData />;
  const s = summary;
  return (
    <>
      {!model ? <NoScores /> : null}
      <div className="cards" data-testid="headline">
        <div className="card">
          <div className="label">Workers covered</div>
          <div className="value" data-testid="workers-covered">
            {model ? fmt(s.workersCovered, 'int') : '—'}
          </div>
          <div className="sub">
            in {fmt(s.socCodes)} SOC codes ({fmt(s.scoredOccupations)} scored O*NET occupations), OEWS{' '}
            {employmentYear ?? '—'}
            {model && oewsTotal
              ? `: ${fmt(s.workersCovered / oewsTotal, 'pct1')} of the ${fmt(oewsTotal, 'int')} workers OEWS counts`
              : ''}
          </div>
        </div>
        <div className="card">
          <div className="label">Employment-weighted mean exposure</div>
          <div className="value" data-testid="mean-exposure">
            {fmt(s.meanExposure, 'score')}
          </div>
          <div className="sub">
            {s.meanExposureInterval
              ? `interval ${fmt(s.meanExposureInterval.low, 'score')}–${fmt(s.meanExposureInterval.high, 'score')} (SOC codes' intervals averaged alike); `
              : ''}
            0 = no task exposed, 1 = all tasks fully exposed · <HowComputed />
          </div>
        </div>
        <Pair
          label="Workers with ≥10% of tasks exposed"
          model={s.model.atLeast10}
          human={s.human.atLeast10}
          sub={`Eloundou et al. report about 80%. Human figure over ${fmt(s.human.workers, 'compact')} workers in labelled occupations.`}
        />
        <Pair
          label="Workers with ≥50% of tasks exposed"
          model={s.model.atLeast50}
          human={s.human.atLeast50}
          sub="Eloundou et al. report about 19%. Tasks count as in their β measure: E1 fully, E2 half (model: P(E1) + ½·P(E2))."
        />
      </div>
    </>
  );
}
