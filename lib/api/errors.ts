import { databaseFailure } from '../db/errors';

/** Seconds a client should wait before retrying while the database is unavailable. */
export const RETRY_AFTER_S = 5;

/** The JSON body of a 503 while the database cannot answer. */
export interface DatabaseUnavailableBody {
  error: 'database unavailable';
  /** ECONNREFUSED, 'connect timeout', 'statement timeout', … */
  cause: string;
  retryAfterSeconds: number;
}

/**
 * The response for an error thrown while answering: 503 { error: 'database unavailable', cause }
 * with Retry-After when the database is down, slow or unreachable; otherwise a 500 with a JSON body
 * (never an empty one). Either way the full error goes to the server log.
 */
export function errorResponse(err: unknown): Response {
  const failure = databaseFailure(err);
  const headers = { 'cache-control': 'no-store' };
  if (failure) {
    console.error(`database unavailable (${failure.cause}): ${failure.message}`);
    const body: DatabaseUnavailableBody = {
      error: 'database unavailable',
      cause: failure.cause,
      retryAfterSeconds: RETRY_AFTER_S,
    };
    return Response.json(body, { status: 503, headers: { ...headers, 'retry-after': String(RETRY_AFTER_S) } });
  }
  console.error(err);
  return Response.json({ error: 'internal error' }, { status: 500, headers });
}

/** Wraps a route handler so a thrown error becomes errorResponse's JSON answer. */
export function answeringErrors<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (err) {
      return errorResponse(err);
    }
  };
}
