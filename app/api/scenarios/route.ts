import { handleScenarios } from '@/lib/api/scenario-handlers';
import { getDb } from '@/lib/db/client';

/** GET /api/scenarios — the scenario simulator's figures for the inputs in the query. */
export function GET(req: Request): Promise<Response> {
  return handleScenarios(req, getDb());
}
