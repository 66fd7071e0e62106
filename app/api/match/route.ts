import { handleMatch } from '@/lib/api/match-handler';

export const dynamic = 'force-dynamic';

/** Codes job titles to O*NET-SOC occupations (see lib/api/match-handler). */
export async function POST(request: Request): Promise<Response> {
  return handleMatch(request);
}
