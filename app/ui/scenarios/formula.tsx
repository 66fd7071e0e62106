import { TASK_MIX_THRESHOLD } from '@/lib/analytics/scenario/model';
import { AUTOMATION_THRESHOLD } from '@/lib/db/score-thresholds';

/** The scenario's formula with every symbol named: the page states exactly what it computes. */
export function ScenarioFormula() {
  return (
    <section className="panel" aria-labelledby="formula-title">
      <h2 id="formula-title">How the scenario is computed</h2>
      <p className="formula">
        τ<sub>i</sub> = a · E<sub>i</sub> · (α<sub>i</sub> · s + (1 − α<sub>i</sub>) · p) &nbsp;&nbsp; δ<sub>i</sub> =
        −(1 − d) · τ<sub>i</sub> &nbsp;&nbsp; S<sub>i</sub>(T) = B<sub>i</sub>(T) · (1 + δ<sub>i</sub>)
      </p>
      <dl className="small">
        <dt>
          E<sub>i</sub>
        </dt>
        <dd>
          exposed share of occupation i&apos;s task time: the model&apos;s occupation score Σ<sub>t</sub> w<sub>t</sub>{' '}
          · e<sub>t</sub>, its tasks&apos; exposure e<sub>t</sub> weighted by the model&apos;s attention w<sub>t</sub>{' '}
          (summing to 1; O*NET gives no time per task, so these weights stand in for it), averaged over the O*NET
          occupations at the code BLS projects.
        </dd>
        <dt>
          α<sub>i</sub>
        </dt>
        <dd>
          share of its exposed time in automation mode: Σ w<sub>t</sub> · e<sub>t</sub> over tasks whose expected
          automation level (the model&apos;s automation head) is above {AUTOMATION_THRESHOLD}, over Σ w<sub>t</sub> · e
          <sub>t</sub> over all its tasks; the rest is augmentation mode.
        </dd>
        <dt>a, s, p, d</dt>
        <dd>adoption, substitution, productivity gain and demand response, the inputs above.</dd>
        <dt>
          a · E<sub>i</sub>
        </dt>
        <dd>
          share of task time where AI is in use; its workers count as &quot;task mix changes&quot; when it is at least{' '}
          {TASK_MIX_THRESHOLD * 100}%.
        </dd>
        <dt>
          τ<sub>i</sub>
        </dt>
        <dd>
          share of the occupation&apos;s hours saved; hours saved in worker-equivalents are B<sub>i</sub>(T) · τ
          <sub>i</sub>.
        </dd>
        <dt>
          δ<sub>i</sub>
        </dt>
        <dd>implied change in labour demand: the part of the time saved that does not become more output.</dd>
        <dt>
          B<sub>i</sub>(T)
        </dt>
        <dd>
          baseline: the BLS 2024–34 projection (National Employment Matrix, all jobs including self-employed)
          interpolated at a constant annual growth rate, B(T) = B<sub>2024</sub> · (B<sub>2034</sub> / B<sub>2024</sub>)
          <sup>(T − 2024)/10</sup>.
        </dd>
        <dt>Bands</dt>
        <dd>
          1,000 seeded draws: in draw k every occupation&apos;s E sits at the same standard-normal z<sub>k</sub> on its
          own 80% interval (errors taken as fully correlated, as they share one model); shown is the 10th–90th
          percentile of each figure over the draws. They cover the model&apos;s uncertainty about E only, not the
          inputs.
        </dd>
      </dl>
    </section>
  );
}
