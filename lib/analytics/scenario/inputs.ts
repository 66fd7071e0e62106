/** The what-if inputs of one scenario, as the page's sliders and the URL carry them. */
export interface ScenarioInputs {
  /** Year the scenario is read at, 2025–2034. */
  horizon: number;
  /** a: share of exposed task time where AI is in use by the horizon, in % (0–100). */
  adoption: number;
  /** s: share of automation-mode exposed time removed from human work, in % (0–100). */
  substitution: number;
  /** p: time saved on augmentation-mode exposed time, in % (0–100). */
  productivity: number;
  /** d: share of the time saved that becomes more output rather than fewer hours (0–1). */
  demand: number;
}

/** First and last year a scenario can be read at: the BLS 2024–34 projection's span after its base year. */
export const HORIZON_MIN = 2025;
export const HORIZON_MAX = 2034;
/** Base and target year of the BLS 2024–34 employment projection the baseline comes from. */
export const PROJECTION_BASE_YEAR = 2024;
export const PROJECTION_TARGET_YEAR = 2034;

/** One preset: a named set of inputs, each number with where it comes from. */
export interface ScenarioPreset {
  id: 'observed' | 'slow' | 'central' | 'fast';
  label: string;
  inputs: ScenarioInputs;
  sources: Partial<Record<keyof ScenarioInputs, string>>;
}

const OBSERVED_ADOPTION =
  "Anthropic Economic Index, labor_market_impacts/job_exposure.csv (observed_exposure per SOC code): its mean over 756 SOC codes weighted by OEWS 2024 employment is 13.2% of task time; the same-weighted mean of this model's exposure over those codes is 31.4%; 13.2 / 31.4 = 42% of exposed time in use.";
const ASSUMED = 'assumption: no published estimate; change it to see its weight';
const DEMAND_HALF = 'assumption: half of time saved turns into more output (midpoint of 0–1)';

/** The default presets. A preset is only a set of inputs: the page shows each number's source. */
export const PRESETS: readonly ScenarioPreset[] = [
  {
    id: 'observed',
    label: 'Observed so far',
    inputs: { horizon: 2025, adoption: 42, substitution: 30, productivity: 14, demand: 0.5 },
    sources: {
      adoption: OBSERVED_ADOPTION,
      substitution: ASSUMED,
      productivity:
        'Brynjolfsson, Li & Raymond (2023), Generative AI at Work: 14% more issues resolved per hour in customer support',
      demand: DEMAND_HALF,
    },
  },
  {
    id: 'slow',
    label: 'Slow',
    inputs: { horizon: 2034, adoption: 30, substitution: 20, productivity: 14, demand: 0.5 },
    sources: {
      adoption: 'assumption: below the observed anchor (42%) by 2034, i.e. use stalls or recedes',
      substitution: ASSUMED,
      productivity: 'Brynjolfsson, Li & Raymond (2023): 14%',
      demand: DEMAND_HALF,
    },
  },
  {
    id: 'central',
    label: 'Central',
    inputs: { horizon: 2034, adoption: 60, substitution: 40, productivity: 25, demand: 0.5 },
    sources: {
      adoption: 'assumption: the observed anchor (42%) growing to 60% by 2034',
      substitution: ASSUMED,
      productivity: "Dell'Acqua et al. (2023), Navigating the Jagged Technological Frontier: tasks done 25% faster",
      demand: DEMAND_HALF,
    },
  },
  {
    id: 'fast',
    label: 'Fast',
    inputs: { horizon: 2034, adoption: 90, substitution: 60, productivity: 40, demand: 0.3 },
    sources: {
      adoption: 'assumption: nearly all exposed time uses AI by 2034',
      substitution: ASSUMED,
      productivity: 'Noy & Zhang (2023), Science: writing tasks took 40% less time',
      demand: 'assumption: most time saved becomes fewer hours',
    },
  },
];

/** The inputs a page or request without parameters starts from: the central preset. */
export const DEFAULT_INPUTS: ScenarioInputs = PRESETS.find((p) => p.id === 'central')!.inputs;
