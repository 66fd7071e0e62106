export const dynamic = 'force-dynamic';

/**
 * Liveness without the database: 200 as long as the process answers (a load balancer's probe; /api/health
 * checks the database). It is outside proxy.ts (see its matcher), so `npm run bench:web` uses it as the floor
 * of a Next route: routing and a JSON response, no proxy, no query.
 */
export function GET(): Response {
  return Response.json({ status: 'alive' }, { headers: { 'cache-control': 'no-store' } });
}
