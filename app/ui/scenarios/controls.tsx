'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { HORIZON_MAX, HORIZON_MIN, PRESETS, type ScenarioInputs } from '@/lib/analytics/scenario/inputs';
import { scenarioQueryString } from '@/lib/views/scenario-filters';

/** One input: its key, label, symbol, range and step. */
const FIELDS: {
  key: keyof ScenarioInputs;
  label: string;
  symbol: string;
  min: number;
  max: number;
  step: number;
  unit: string;
}[] = [
  { key: 'horizon', label: 'Horizon year', symbol: 'T', min: HORIZON_MIN, max: HORIZON_MAX, step: 1, unit: '' },
  {
    key: 'adoption',
    label: 'Adoption: exposed task time where AI is in use',
    symbol: 'a',
    min: 0,
    max: 100,
    step: 1,
    unit: '%',
  },
  {
    key: 'substitution',
    label: 'Substitution: automation-mode exposed time removed',
    symbol: 's',
    min: 0,
    max: 100,
    step: 1,
    unit: '%',
  },
  {
    key: 'productivity',
    label: 'Productivity: time saved on augmentation-mode exposed time',
    symbol: 'p',
    min: 0,
    max: 100,
    step: 1,
    unit: '%',
  },
  {
    key: 'demand',
    label: 'Demand response: share of time saved that becomes more output',
    symbol: 'd',
    min: 0,
    max: 1,
    step: 0.05,
    unit: '',
  },
];

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/**
 * The scenario's sliders, number fields and presets. Every change goes into the URL (replacing the
 * history entry), so the page re-renders on the server and the address is the scenario to share.
 * Without JavaScript the same fields submit as a GET form.
 */
export function ScenarioControls({ inputs, sort }: { inputs: ScenarioInputs; sort: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [values, setValues] = useState<ScenarioInputs>(inputs);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  useEffect(() => setValues(inputs), [inputs]);

  const apply = (next: ScenarioInputs, delay = 250) => {
    setValues(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(
      () =>
        startTransition(() =>
          router.replace(`${pathname}${scenarioQueryString({ ...next, sort })}`, { scroll: false }),
        ),
      delay,
    );
  };
  const set = (key: keyof ScenarioInputs, raw: string, min: number, max: number) => {
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v)) return;
    apply({ ...values, [key]: clamp(key === 'horizon' ? Math.round(v) : v, min, max) });
  };
  const share = `${origin}${pathname}${scenarioQueryString({ ...values, sort })}`;

  return (
    <form
      className="panel scenario-controls"
      method="get"
      action="/scenarios"
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        apply(values, 0);
      }}
    >
      <fieldset className="presets">
        <legend>Presets</legend>
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            data-preset={p.id}
            aria-pressed={FIELDS.every((f) => p.inputs[f.key] === values[f.key])}
            onClick={() => apply(p.inputs, 0)}
          >
            {p.label}
          </button>
        ))}
      </fieldset>
      {FIELDS.map((f) => (
        <div className="scenario-field" key={f.key}>
          <label htmlFor={`scenario-${f.key}`}>
            {f.label} (<i>{f.symbol}</i>)
          </label>
          <input
            type="range"
            aria-label={`${f.label} slider`}
            min={f.min}
            max={f.max}
            step={f.step}
            value={values[f.key]}
            onChange={(e) => set(f.key, e.target.value, f.min, f.max)}
          />
          <input
            id={`scenario-${f.key}`}
            name={f.key}
            type="number"
            min={f.min}
            max={f.max}
            step={f.step}
            value={values[f.key]}
            onChange={(e) => set(f.key, e.target.value, f.min, f.max)}
          />
          {f.unit ? <span aria-hidden="true">{f.unit}</span> : null}
        </div>
      ))}
      <input type="hidden" name="sort" value={sort} />
      <p className="small">
        <button type="submit">Apply</button> {pending ? <span role="status">Recomputing…</span> : null}
      </p>
      <p className="small">
        <label htmlFor="scenario-share">Link to this scenario</label>{' '}
        <input
          id="scenario-share"
          data-testid="scenario-share"
          readOnly
          value={share}
          onFocus={(e) => e.target.select()}
          size={60}
        />
      </p>
    </form>
  );
}
