import { handleSkillsShift } from '@/lib/api/handlers';
import { getDb } from '@/lib/db/client';

/** GET /api/skills/shift */
export function GET(): Promise<Response> {
  return handleSkillsShift(getDb());
}
