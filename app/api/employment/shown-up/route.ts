import { handleShownUp } from '@/lib/api/scenario-handlers';
import { getDb } from '@/lib/db/client';

/** GET /api/employment/shown-up — "Has it shown up yet?": growth by exposure quintile before and after late 2022. */
export function GET(): Promise<Response> {
  return handleShownUp(getDb());
}
