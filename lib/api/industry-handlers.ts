import type { Db } from '../db/client';
import { fetchIndustries, fetchIndustry } from '../db/queries/industries';
import { answeringErrors } from './errors';
import { jsonAnswer } from './json';
import { badRequest, parseParams } from '../http/params';
import { industriesQuery, industryQuery, naicsSector } from '../views/industry-filters';

const json = jsonAnswer; // worker counts as whole numbers

// A database outage answers 503 { error: 'database unavailable', cause } (./errors.ts), as every read API does.

/** GET /api/industries?sort=: every NAICS sector's workers, exposure with interval, top-quintile share, AI mode and exposed workers. */
export const handleIndustries = answeringErrors(async (req: Request, db: Db): Promise<Response> => {
  const parsed = parseParams(industriesQuery, new URL(req.url).searchParams);
  if (!parsed.ok) return badRequest(parsed);
  return json(await fetchIndustries(parsed.data, db));
});

/** GET /api/industries/{sector}?sort=&page=&pageSize=: the sector's figures and its occupations (SOC level). */
export const handleIndustry = answeringErrors(
  async (sector: string | null, req: Request, db: Db): Promise<Response> => {
    const code = naicsSector.safeParse(sector ?? '');
    if (sector === null || !code.success) {
      return badRequest({
        parameter: 'sector',
        message: `Invalid parameter "sector": ${code.error?.issues[0]?.message ?? 'malformed percent-encoding'}`,
      });
    }
    const parsed = parseParams(industryQuery, new URL(req.url).searchParams);
    if (!parsed.ok) return badRequest(parsed);
    const view = await fetchIndustry(code.data, parsed.data, db);
    if (!view)
      return json({ error: `No NAICS sector ${code.data} in the OEWS industry data`, parameter: 'sector' }, 404);
    return json(view);
  },
);
