/** Limits failed logins per client, and per account with a backoff that only slows clients that have failed. */
export interface RateLimitOptions {
  /** Failures allowed per client within the window. */
  maxFailures: number;
  /** Account-wide failures within the window after which clients that have failed start backing off. */
  accountThreshold: number;
  /** First backoff step; it doubles with each account failure past the threshold, up to the window. */
  backoffBaseMs: number;
  windowMs: number;
  /** Most clients remembered; the oldest are dropped first, so memory stays bounded. */
  maxKeys: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  maxFailures: 5,
  accountThreshold: 10,
  backoffBaseMs: 1000,
  windowMs: 15 * 60 * 1000,
  maxKeys: 10_000,
};

interface Window {
  count: number;
  resetAt: number;
  lastAt: number;
}

/** A reserved attempt: counted as a failure from the moment it is taken until `succeeded` or `cancelled`. */
export interface LoginAttempt {
  readonly client: string;
  readonly at: number;
}

/**
 * Failed-login counters with fixed windows, held in memory. An attempt is reserved (counted) before the
 * password is checked, so parallel guesses cannot all slip past the check while the hash is computed.
 * The account counter never refuses a client without failures: a flood of guesses slows the guessers,
 * and cannot lock out the admin signing in from elsewhere.
 */
export class LoginRateLimiter {
  private readonly clients = new Map<string, Window>();
  private account: Window = { count: 0, resetAt: 0, lastAt: 0 };

  constructor(private readonly options: RateLimitOptions = DEFAULT_RATE_LIMIT) {}

  /** Seconds until `client` may try again, or 0 when it may try now. */
  retryAfter(client: string, now = Date.now()): number {
    const entry = this.live(client, now);
    if (!entry) return 0;
    const waits = [0];
    if (entry.count >= this.options.maxFailures) waits.push(entry.resetAt - now);
    const account = this.account.resetAt > now ? this.account.count : 0;
    const excess = account - this.options.accountThreshold;
    if (excess >= 0) {
      const backoff = Math.min(this.options.backoffBaseMs * 2 ** Math.min(excess, 30), this.options.windowMs);
      waits.push(entry.lastAt + backoff - now);
    }
    return Math.ceil(Math.max(...waits) / 1000);
  }

  /**
   * Reserves an attempt for `client`, counting it as a failure at once.
   * @returns the attempt, or the seconds to wait when the client must not try now
   */
  begin(client: string, now = Date.now()): LoginAttempt | { retryAfter: number } {
    const wait = this.retryAfter(client, now);
    if (wait > 0) return { retryAfter: wait };
    this.count(client, now);
    return { client, at: now };
  }

  /** The attempt found the right password: forgets the client's failures and uncounts it for the account. */
  succeeded(attempt: LoginAttempt): void {
    this.clients.delete(attempt.client);
    this.uncountAccount(attempt);
  }

  /** The attempt never reached the password check (a malformed body): uncounts it. */
  cancelled(attempt: LoginAttempt): void {
    const entry = this.clients.get(attempt.client);
    if (entry && entry.resetAt > attempt.at && --entry.count <= 0) this.clients.delete(attempt.client);
    this.uncountAccount(attempt);
  }

  /** Number of clients held (for tests of the memory bound). */
  get size(): number {
    return this.clients.size;
  }

  private live(client: string, now: number): Window | undefined {
    const entry = this.clients.get(client);
    return entry && entry.resetAt > now ? entry : undefined;
  }

  private count(client: string, now: number): void {
    const entry = this.live(client, now);
    if (entry) {
      entry.count += 1;
      entry.lastAt = now;
    } else {
      this.clients.delete(client);
      if (this.clients.size >= this.options.maxKeys) this.evict(now);
      this.clients.set(client, { count: 1, resetAt: now + this.options.windowMs, lastAt: now });
    }
    if (this.account.resetAt <= now) this.account = { count: 0, resetAt: now + this.options.windowMs, lastAt: now };
    this.account.count += 1;
    this.account.lastAt = now;
  }

  private uncountAccount(attempt: LoginAttempt): void {
    if (this.account.resetAt > attempt.at) this.account.count = Math.max(0, this.account.count - 1);
  }

  /** Drops expired entries, then the oldest ones (Map keeps insertion order) until there is room. */
  private evict(now: number): void {
    for (const [key, entry] of this.clients) if (entry.resetAt <= now) this.clients.delete(key);
    for (const key of this.clients.keys()) {
      if (this.clients.size < this.options.maxKeys) break;
      this.clients.delete(key);
    }
  }
}

const globalForLimiter = globalThis as unknown as { taskshiftLoginLimiter?: LoginRateLimiter };

/** The process-wide login limiter. */
export function loginLimiter(): LoginRateLimiter {
  globalForLimiter.taskshiftLoginLimiter ??= new LoginRateLimiter();
  return globalForLimiter.taskshiftLoginLimiter;
}
