import { z } from 'zod';
import type { MatchedTitle } from '../models/titles/match';
import type { DatabaseUnavailableBody } from './errors';

/** The 400 body of the read APIs: the message and the parameter it names (lib/http/params.ts badRequest). */
export const apiErrorBody = z.object({ error: z.string(), parameter: z.string() });

/** The 503 body while the database cannot answer (lib/api/errors.ts errorResponse). */
export const databaseUnavailableBody = z.object({
  error: z.literal('database unavailable'),
  cause: z.string().meta({ examples: ['unreachable', 'connect timeout', 'statement timeout'] }),
  retryAfterSeconds: z.number().int(),
});

/** The 4xx body of the catalogue and upload APIs: each problem located by file, line and (where known) column. */
export const locatedErrorsBody = z.object({
  errors: z.array(
    z.object({ file: z.string(), line: z.number().int(), column: z.string().optional(), reason: z.string() }),
  ),
});

const exposureFigures = {
  exposure: z.number().nullable(),
  exposureLow: z.number().nullable(),
  exposureHigh: z.number().nullable(),
  automation: z.number().nullable(),
  shareExposed: z.number().nullable(),
};

/** One coded title in POST /api/match's answer (lib/models/titles/match.ts MatchedTitle, with the title sent). */
export const matchedTitleBody = z.object({
  title: z.string(),
  code: z.string(),
  onetTitle: z.string(),
  confidence: z.number(),
  alternatives: z.array(z.object({ code: z.string(), title: z.string(), probability: z.number() })),
  needsReview: z.boolean(),
  seniority: z.string().nullable(),
  level: z.number().nullable(),
  matchedTitle: z.string().nullable(),
  ...exposureFigures,
  descriptionExposure: z.object(exposureFigures).nullable(),
});

/** POST /api/match's 200 body: the title coder's version and one match per title, in order. */
export const matchResponseBody = z.object({ model: z.string(), matches: z.array(matchedTitleBody) });

// The schemas above describe types the handlers build: tsc fails here if either side changes alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.infer<typeof matchedTitleBody>, MatchedTitle & { title: string }>,
  Same<z.infer<typeof databaseUnavailableBody>, DatabaseUnavailableBody>,
] = [true, true];
void sameShapes;
