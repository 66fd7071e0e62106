import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** A timeout in milliseconds: a whole number from 0 (none) to one hour. */
const timeoutMs = (fallback: number) => z.coerce.number().int().min(0).max(3_600_000).default(fallback);

/** The one place that reads process.env: every setting is validated here. */
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** Milliseconds to open a Postgres connection (or wait for a free pooled one) before failing. */
  DB_CONNECT_TIMEOUT_MS: timeoutMs(5_000),
  /** Server-side statement_timeout for the web's serving path (pages, API); 0 = none. */
  DB_STATEMENT_TIMEOUT_MS: timeoutMs(15_000),
  /** Client-side wait for any answer on the serving path (a server that never answers); 0 = none. */
  DB_QUERY_TIMEOUT_MS: timeoutMs(20_000),
  /** statement_timeout for CLI batch work (ingest, scoring, migrations) and import transactions; 0 = none. */
  DB_BATCH_STATEMENT_TIMEOUT_MS: timeoutMs(0),
  PGLITE_DIR: z
    .string()
    .min(1)
    .default(path.join(process.cwd(), 'data', 'pglite')),
  /**
   * The embedded PGlite's buffer pool (MB) when serving the web; batch work (ingest, scoring) keeps Postgres's 128.
   * Every buffer counts in the server's memory once touched; the operating system's file cache holds the rest.
   */
  PGLITE_SERVING_SHARED_BUFFERS_MB: z.coerce.number().int().min(1).max(1024).default(16),
  DATA_DIR: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface `npm run start:demo` listens on: loopback unless set (e.g. 0.0.0.0 to serve a LAN or a container). */
  LISTEN_HOST: z
    .string()
    .regex(/^[0-9A-Za-z.:-]+$/, 'expected a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0')
    .default('127.0.0.1'),
  /** Port of the server the end-to-end tests and bench:web start (kept apart from a dev server on PORT). */
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3210),
  CI: z
    .string()
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  ADMIN_PASSWORD: z.string().min(1).optional(),
  ADMIN_PASSWORD_HASH: z.string().min(1).optional(),
  ADMIN_TOKEN: z.string().min(16).optional(),
  READ_TOKEN: z.string().min(16).optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  // Allows the session cookie over plain HTTP in production (e.g. a LAN demo); off by default.
  INSECURE_COOKIES: z
    .string()
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  /**
   * How many reverse proxies in front of the server append to X-Forwarded-For (0: none, so the header is
   * ignored and the TCP peer is the client; `true` means 1). Login rate limits are keyed by this address.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2})?$/, 'expected true, false or the number of proxies in front (0-10)')
    .optional()
    .transform((v) => (v === 'true' ? 1 : v && v !== 'false' ? Number(v) : 0))
    .pipe(z.number().int().min(0).max(10)),
  MODEL_VERSION: z.string().min(1).optional(),
  TF_BACKEND: z.enum(['node', 'wasm', 'cpu']).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Set by Next itself: 'phase-production-build' while `next build` runs. */
  NEXT_PHASE: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

/** Validates a set of variables (process.env by default); throws naming every invalid one. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv();

/** Where ingest looks for raw files: DATA_DIR, then data/raw, then ../shared/data. */
export function resolveDataDir(): string | undefined {
  const candidates = [
    env.DATA_DIR,
    path.join(process.cwd(), 'data', 'raw'),
    path.join(process.cwd(), '..', 'shared', 'data'),
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(dir));
}

/** The shared real-data folder used by tests and benchmarks, if present. */
export function sharedDataDir(): string | undefined {
  const dir = env.DATA_DIR ?? path.join(process.cwd(), '..', 'shared', 'data');
  return existsSync(path.join(dir, 'onet')) ? dir : undefined;
}
