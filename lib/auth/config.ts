import { randomBytes } from 'node:crypto';
import { env } from '../env';
import { type RevokedSessions, revokedSessions } from './revocation';

/** The secrets that decide who may read and write; taken from lib/env, overridable in tests. */
export interface AuthConfig {
  /** Plain admin password (ADMIN_PASSWORD). */
  adminPassword?: string;
  /** scrypt hash of the admin password (ADMIN_PASSWORD_HASH); wins over the plain one. */
  adminPasswordHash?: string;
  /** Bearer token for API clients with admin rights (ADMIN_TOKEN). */
  adminToken?: string;
  /** When set, reads need this bearer token or a session (READ_TOKEN). */
  readToken?: string;
  /** Key that signs session cookies. */
  sessionKey: Uint8Array;
  /** True when SESSION_SECRET was unset and the key is random for this process. */
  ephemeralKey: boolean;
  /** Secure cookies (HTTPS only) in production. */
  secureCookies: boolean;
  /** Reverse proxies in front that append to X-Forwarded-For (TRUST_PROXY); 0 ignores the header. */
  trustProxy: number;
  /** Whether requests carry the TCP peer address (scripts/peer-address.cjs preloaded into this process). */
  peerAddressKnown: boolean;
  /** Session ids ended by logout (the database-backed, process-wide list; in-memory ones in tests). */
  revokedSessions: RevokedSessions;
}

const globalForAuth = globalThis as unknown as { taskshiftSessionKey?: Uint8Array; __taskshiftPeerAddress?: boolean };

/** A per-process random key, shared by every module instance in this process. */
function processKey(): Uint8Array {
  globalForAuth.taskshiftSessionKey ??= new Uint8Array(randomBytes(32));
  return globalForAuth.taskshiftSessionKey;
}

/** The auth configuration of this process, from the environment. */
export function authConfig(): AuthConfig {
  return {
    adminPassword: env.ADMIN_PASSWORD,
    adminPasswordHash: env.ADMIN_PASSWORD_HASH,
    adminToken: env.ADMIN_TOKEN,
    readToken: env.READ_TOKEN,
    sessionKey: env.SESSION_SECRET ? new TextEncoder().encode(env.SESSION_SECRET) : processKey(),
    ephemeralKey: !env.SESSION_SECRET,
    secureCookies: env.NODE_ENV === 'production' && !env.INSECURE_COOKIES,
    trustProxy: env.TRUST_PROXY,
    peerAddressKnown: globalForAuth.__taskshiftPeerAddress === true,
    revokedSessions: revokedSessions(),
  };
}

/** Whether any admin credential is configured; without one, every write is disabled. */
export function writesEnabled(config: AuthConfig): boolean {
  return !!(config.adminPassword || config.adminPasswordHash || config.adminToken);
}

/** Shown by write endpoints and the login page when no admin credential is set. */
export const WRITES_DISABLED_MESSAGE =
  'Writes are disabled: no admin credential is configured. Set ADMIN_PASSWORD (or ADMIN_PASSWORD_HASH) ' +
  'and/or ADMIN_TOKEN in the environment and restart the server.';
