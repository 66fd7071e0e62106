import { env } from '../env';

/** How long a database call may take; 0 means no limit. Postgres only (PGlite runs in-process). */
export interface DbTimeouts {
  /** Opening a connection, or waiting for a free one in the pool. */
  connectMs: number;
  /** Server-side statement_timeout: Postgres cancels a statement running longer. */
  statementMs: number;
  /** Client-side wait for an answer, for a server that accepts connections and never answers. */
  queryMs: number;
}

/** Generous bound for one import file's transaction (the largest file loads in seconds). */
export const IMPORT_TX_TIMEOUT_MS = 10 * 60_000;

/** Which work a connection serves: short web requests, or long CLI batch work. */
export type DbProfile = 'serving' | 'batch';

/**
 * The timeouts of a profile, from lib/env.ts. 'serving' (pages, API, health) fails fast so a slow or
 * hung database answers a clear 503 instead of hanging requests; 'batch' (ingest COPY, scoring
 * writes, migrations) keeps only the connect timeout by default, so long legitimate work is never killed.
 */
export function timeoutsFor(profile: DbProfile): DbTimeouts {
  if (profile === 'serving') {
    return {
      connectMs: env.DB_CONNECT_TIMEOUT_MS,
      statementMs: env.DB_STATEMENT_TIMEOUT_MS,
      queryMs: env.DB_QUERY_TIMEOUT_MS,
    };
  }
  return { connectMs: env.DB_CONNECT_TIMEOUT_MS, statementMs: env.DB_BATCH_STATEMENT_TIMEOUT_MS, queryMs: 0 };
}

/** pg.Pool options applying `t` (pg treats 0/undefined as "no limit"). */
export function poolTimeoutOptions(t: DbTimeouts): {
  connectionTimeoutMillis?: number;
  statement_timeout?: number;
  query_timeout?: number;
} {
  return {
    ...(t.connectMs ? { connectionTimeoutMillis: t.connectMs } : {}),
    ...(t.statementMs ? { statement_timeout: t.statementMs } : {}),
    ...(t.queryMs ? { query_timeout: t.queryMs } : {}),
  };
}
