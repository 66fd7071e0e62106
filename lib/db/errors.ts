/** Why the database could not answer, in words an operator can act on. */
export interface DatabaseFailure {
  /** Short cause: ECONNREFUSED, ENOTFOUND, 'connect timeout', 'statement timeout', … */
  cause: string;
  /** The first informative line of the underlying error. */
  message: string;
}

/** Socket error codes that mean the server cannot be reached or dropped the connection. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);

/** Postgres SQLSTATEs that mean "not now" rather than a bug in the query. */
const PG_CODES: Record<string, string> = {
  '57014': 'statement timeout',
  '57P01': 'server shutting down',
  '57P02': 'server crashed',
  '57P03': 'server starting up',
  '53300': 'too many connections',
  '55P03': 'lock timeout',
  '3D000': 'database does not exist',
  '28P01': 'authentication failed',
  '28000': 'access denied',
};

/** pg and pg-pool messages that carry no code. */
const MESSAGES: [RegExp, string][] = [
  [/connection timeout|timeout expired/i, 'connect timeout'],
  [/timeout exceeded when trying to connect/i, 'no free connection (pool timeout)'],
  [/query read timeout/i, 'query timeout'],
  [/connection terminated|connection closed|Connection is closed|PGlite is closed/i, 'connection closed'],
  [/can't reach database server/i, 'unreachable'],
];

/** Prisma's driver-adapter kinds, as the adapter reports them inside a Prisma error's meta. */
const ADAPTER_KINDS: Record<string, string> = {
  DatabaseNotReachable: 'unreachable',
  ConnectionClosed: 'connection closed',
  SocketTimeout: 'socket timeout',
  TooManyConnections: 'too many connections',
  DatabaseDoesNotExist: 'database does not exist',
  AuthenticationFailed: 'authentication failed',
  DatabaseAccessDenied: 'access denied',
};

type ErrorLike = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string } } };
};

/** The first non-empty line of an error's message (Prisma's start with a blank line). */
export function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? 'unknown error'
  );
}

/** The most telling line of a Prisma error: its "Message: `…`" part when present. */
function informativeLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return /Message: `([^`]+)`/.exec(text)?.[1] ?? firstLine(err);
}

/**
 * Tells a database outage or timeout (answer 503, retry later) from any other error (a bug: 500).
 * Looks through Prisma's driver-adapter meta and the error's `cause` chain.
 * @returns the cause and message, or null when the error is not about reaching the database
 */
export function databaseFailure(err: unknown): DatabaseFailure | null {
  const message = informativeLine(err);
  for (let e = err as ErrorLike | undefined, depth = 0; e && depth < 5; e = e.cause as ErrorLike | undefined, depth++) {
    const adapter = e.meta?.driverAdapterError?.cause;
    if (adapter?.kind === 'postgres' && adapter.code && PG_CODES[adapter.code])
      return { cause: PG_CODES[adapter.code]!, message };
    if (adapter?.kind && ADAPTER_KINDS[adapter.kind]) return { cause: ADAPTER_KINDS[adapter.kind]!, message };
    if (typeof e.code === 'string' && SOCKET_CODES.has(e.code)) return { cause: e.code, message };
    if (typeof e.code === 'string' && PG_CODES[e.code]) return { cause: PG_CODES[e.code]!, message };
    const text = typeof e.message === 'string' ? e.message : '';
    const known = MESSAGES.find(([re]) => re.test(text));
    if (known) return { cause: known[1], message };
  }
  return null;
}
