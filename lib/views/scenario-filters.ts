import { z } from 'zod';
import { DEFAULT_INPUTS, HORIZON_MAX, HORIZON_MIN, PRESETS, type ScenarioInputs } from '../analytics/scenario/inputs';

/** Sort keys of the scenario's occupation table. */
export const SCENARIO_SORT_KEYS = [
  'title',
  'baseline',
  'scenario',
  'change',
  'changeShare',
  'exposure',
  'automationShare',
  'timeSaved',
] as const;
export type ScenarioSortKey = (typeof SCENARIO_SORT_KEYS)[number];
const SORTS = SCENARIO_SORT_KEYS.flatMap((k) => [k, `-${k}`] as const);
const PRESET_IDS = PRESETS.map((p) => p.id) as [string, ...string[]];

const percent = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a number` })
    .min(0, 'must be 0 to 100')
    .max(100, 'must be 0 to 100');

/** The five inputs, each optional: a missing one comes from the preset (or the central preset). */
const inputFields = z.object({
  horizon: z.coerce
    .number()
    .int('must be a whole year')
    .min(HORIZON_MIN, `must be ${HORIZON_MIN} to ${HORIZON_MAX}`)
    .max(HORIZON_MAX, `must be ${HORIZON_MIN} to ${HORIZON_MAX}`)
    .optional(),
  adoption: percent('adoption').optional(),
  substitution: percent('substitution').optional(),
  productivity: percent('productivity').optional(),
  demand: z.coerce
    .number({ message: 'demand must be a number' })
    .min(0, 'must be 0 to 1')
    .max(1, 'must be 0 to 1')
    .optional(),
  preset: z.enum(PRESET_IDS, { message: `must be one of ${PRESET_IDS.join(', ')}` }).optional(),
  sort: z.enum(SORTS, { message: `must be one of ${SORTS.join(', ')}` }).default('change'),
});

/** A validated scenario request: the inputs filled in from the preset, and the table's sort. */
export interface ScenarioQuery extends ScenarioInputs {
  preset: string | null;
  sort: (typeof SORTS)[number];
}

/** /scenarios, GET /api/scenarios and the scenario CSVs: explicit inputs win over the preset's. */
export const scenarioQuery: z.ZodType<ScenarioQuery> = inputFields.transform((q) => {
  const base = PRESETS.find((p) => p.id === q.preset)?.inputs ?? DEFAULT_INPUTS;
  return {
    horizon: q.horizon ?? base.horizon,
    adoption: q.adoption ?? base.adoption,
    substitution: q.substitution ?? base.substitution,
    productivity: q.productivity ?? base.productivity,
    demand: q.demand ?? base.demand,
    preset: q.preset ?? null,
    sort: q.sort,
  };
}) as unknown as z.ZodType<ScenarioQuery>;

/** The scenario's state as a query string with every input spelled out, so a shared URL never depends on defaults. */
export function scenarioQueryString(q: ScenarioInputs & { sort?: string }): string {
  const params = new URLSearchParams({
    horizon: String(q.horizon),
    adoption: String(q.adoption),
    substitution: String(q.substitution),
    productivity: String(q.productivity),
    demand: String(q.demand),
  });
  if (q.sort && q.sort !== 'change') params.set('sort', q.sort);
  return `?${params.toString()}`;
}
