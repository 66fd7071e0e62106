import { z } from 'zod';

/** The 400 body of the read APIs: the message and the parameter it names (lib/api/params.ts badRequest). */
export const apiErrorBody = z.object({ error: z.string(), parameter: z.string() });

/** The 503 body while the database cannot answer (lib/api/errors.ts errorResponse). */
export const databaseUnavailableBody = z.object({
  error: z.literal('database unavailable'),
  cause: z.string().meta({ examples: ['unreachable', 'connect timeout', 'statement timeout'] }),
  retryAfterSeconds: z.number().int(),
});

/** The 4xx body of the catalogue and upload APIs: each problem located by file, line and (where known) column. */
export const locatedErrorsBody = z.object({
  errors: z.array(z.object({ file: z.string(), line: z.number().int(), column: z.string().optional(), reason: z.string() })),
});
