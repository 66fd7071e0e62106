import { PRESETS } from '@/lib/analytics/scenario/inputs';
import { scenarioQueryString } from '@/lib/views/scenario-filters';

const NAMES = { horizon: 'T', adoption: 'a', substitution: 's', productivity: 'p', demand: 'd' } as const;

/** Each preset's inputs and where each number comes from. */
export function PresetSources() {
  return (
    <section className="panel" aria-labelledby="presets-title">
      <h2 id="presets-title">Presets and their sources</h2>
      <p className="small">A preset is only a set of inputs; none is a forecast.</p>
      <ul className="small" data-testid="preset-sources">
        {PRESETS.map((p) => (
          <li key={p.id}>
            <a href={`/scenarios${scenarioQueryString(p.inputs)}`}>
              <strong>{p.label}</strong>
            </a>
            : T = {p.inputs.horizon}, a = {p.inputs.adoption}%, s = {p.inputs.substitution}%, p ={' '}
            {p.inputs.productivity}%, d = {p.inputs.demand}.
            <ul>
              {Object.entries(p.sources).map(([key, source]) => (
                <li key={key}>
                  <i>{NAMES[key as keyof typeof NAMES]}</i>: {source}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
