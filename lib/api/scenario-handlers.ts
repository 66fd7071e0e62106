import type { Db } from '../db/client';
import { fetchScenario } from '../db/queries/scenarios';
import { fetchShownUp } from '../db/queries/shown-up';
import { answeringErrors } from './errors';
import { jsonAnswer as json } from './json';
import { badRequest, parseParams } from '../http/params';
import { scenarioQuery } from '../views/scenario-filters';

/** GET /api/scenarios?horizon=&adoption=&substitution=&productivity=&demand=&preset=&sort=: baseline vs scenario at the horizon. */
export const handleScenarios = answeringErrors(async (req: Request, db: Db): Promise<Response> => {
  const parsed = parseParams(scenarioQuery, new URL(req.url).searchParams);
  if (!parsed.ok) return badRequest(parsed);
  return json(await fetchScenario(parsed.data, db));
});

/** GET /api/employment/shown-up: growth by exposure quintile before and after late 2022, difference in differences with bootstrap intervals. */
export const handleShownUp = answeringErrors(async (db: Db): Promise<Response> => json(await fetchShownUp(db)));
