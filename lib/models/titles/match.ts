import type { ExposureModel } from '../artifact';
import { codeTitles, type TitleCoder } from './coder';
import { descriptionExposure } from './description-exposure';

/** One title to code, as a catalogue row or an API body carries it. */
export interface MatchInput {
  title: string;
  description?: string | null;
}

/** The matched occupation's exposure figures (from the current exposure model's occupation scores). */
export interface OccupationExposure {
  exposure: number | null;
  exposureLow: number | null;
  exposureHigh: number | null;
  automation: number | null;
  shareExposed: number | null;
}

/** A coded title: the best code with its calibrated confidence, four alternatives and the occupation's exposure. */
export interface MatchedTitle extends OccupationExposure {
  code: string;
  onetTitle: string;
  confidence: number;
  alternatives: { code: string; title: string; probability: number }[];
  needsReview: boolean;
  /** What the normaliser kept apart from the title. */
  seniority: string | null;
  level: number | null;
  /** The known title that matched the best code, e.g. "alternate title: Java Developer". */
  matchedTitle: string | null;
  /** Exposure of the job from its own description's sentences (scored as task statements); null without one. */
  descriptionExposure: OccupationExposure | null;
}

const NO_EXPOSURE: OccupationExposure = {
  exposure: null,
  exposureLow: null,
  exposureHigh: null,
  automation: null,
  shareExposed: null,
};

/** Only the exposure fields (callers may pass whole catalogue rows). */
function pickExposure(e: OccupationExposure): OccupationExposure {
  return {
    exposure: e.exposure,
    exposureLow: e.exposureLow,
    exposureHigh: e.exposureHigh,
    automation: e.automation,
    shareExposed: e.shareExposed,
  };
}

/**
 * Codes rows of titles (pure: nothing is stored): each gets its best O*NET-SOC code, calibrated
 * confidence, the next four codes, needs_review, and the matched occupation's exposure. Catalogue
 * pipelines, `npm run match` and POST /api/match all call this.
 */
export function matchTitles(
  inputs: readonly MatchInput[],
  coder: TitleCoder,
  exposures: ReadonlyMap<string, OccupationExposure>,
  options: { lexicalOnly?: boolean; exposureModel?: ExposureModel | null } = {},
): MatchedTitle[] {
  const coded = codeTitles(coder, inputs, 5, options.lexicalOnly);
  const described = options.exposureModel
    ? descriptionExposure(
        options.exposureModel,
        inputs.map((input, i) => ({ description: input.description, onetTitle: coded[i]!.candidates[0]?.title ?? '' })),
      )
    : inputs.map(() => null);
  return coded.map((coded, i) => {
    const [best, ...rest] = coded.candidates;
    if (!best) throw new Error('the title coder returned no candidates');
    return {
      code: best.code,
      onetTitle: best.title,
      confidence: Math.round(best.probability * 10_000) / 10_000,
      alternatives: rest.map((c) => ({
        code: c.code,
        title: c.title,
        probability: Math.round(c.probability * 10_000) / 10_000,
      })),
      needsReview: coded.needsReview,
      seniority: coded.normalised.seniority,
      level: coded.normalised.level,
      matchedTitle: best.matchedTitle ? `${best.matchedSource} title: ${best.matchedTitle}` : null,
      ...pickExposure(exposures.get(best.code) ?? NO_EXPOSURE),
      descriptionExposure: described[i] ?? null,
    };
  });
}

/** The columns `npm run match` adds to each input row, in order. */
export const MATCH_COLUMNS = [
  'code',
  'onet_title',
  'confidence',
  'alternatives',
  'needs_review',
  'exposure',
  'exposure_low',
  'exposure_high',
  'automation',
  'share_exposed',
  'description_exposure',
  'description_exposure_low',
  'description_exposure_high',
] as const;

/** A coded title as the added CSV cells (alternatives: the next four codes joined by |). */
export function matchCells(m: MatchedTitle): (string | number | boolean | null)[] {
  const d = m.descriptionExposure;
  return [
    m.code,
    m.onetTitle,
    m.confidence,
    m.alternatives.map((a) => a.code).join('|'),
    m.needsReview,
    m.exposure,
    m.exposureLow,
    m.exposureHigh,
    m.automation,
    m.shareExposed,
    d?.exposure ?? null,
    d?.exposureLow ?? null,
    d?.exposureHigh ?? null,
  ];
}
