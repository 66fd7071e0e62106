/** Limits failed logins: per client key, and across all clients since the key may be spoofed. */
export interface RateLimitOptions {
  /** Failures allowed per key within the window. */
  maxFailures: number;
  /** Failures allowed across all keys within the window (bounds guessing with rotating keys). */
  maxGlobalFailures: number;
  windowMs: number;
  /** Most keys remembered; the oldest are dropped first, so memory stays bounded. */
  maxKeys: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  maxFailures: 5,
  maxGlobalFailures: 100,
  windowMs: 15 * 60 * 1000,
  maxKeys: 10_000,
};

/** Failed-login counter with fixed windows, held in memory in a bounded map. */
export class LoginRateLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();
  private global = { count: 0, resetAt: 0 };

  constructor(private readonly options: RateLimitOptions = DEFAULT_RATE_LIMIT) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const entry = this.failures.get(key);
    const waits = [0];
    if (entry && entry.resetAt > now && entry.count >= this.options.maxFailures) waits.push(entry.resetAt - now);
    if (this.global.resetAt > now && this.global.count >= this.options.maxGlobalFailures) {
      waits.push(this.global.resetAt - now);
    }
    return Math.ceil(Math.max(...waits) / 1000);
  }

  /** Counts one failed attempt for `key`. */
  recordFailure(key: string, now = Date.now()): void {
    const entry = this.failures.get(key);
    if (entry && entry.resetAt > now) {
      entry.count += 1;
    } else {
      this.failures.delete(key);
      if (this.failures.size >= this.options.maxKeys) this.evict(now);
      this.failures.set(key, { count: 1, resetAt: now + this.options.windowMs });
    }
    if (this.global.resetAt <= now) this.global = { count: 0, resetAt: now + this.options.windowMs };
    this.global.count += 1;
  }

  /** Forgets a key's failures after a successful login. */
  reset(key: string): void {
    this.failures.delete(key);
  }

  /** Number of keys held (for tests of the memory bound). */
  get size(): number {
    return this.failures.size;
  }

  /** Drops expired entries, then the oldest ones (Map keeps insertion order) until there is room. */
  private evict(now: number): void {
    for (const [key, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(key);
    for (const key of this.failures.keys()) {
      if (this.failures.size < this.options.maxKeys) break;
      this.failures.delete(key);
    }
  }
}

const globalForLimiter = globalThis as unknown as { taskshiftLoginLimiter?: LoginRateLimiter };

/** The process-wide login limiter. */
export function loginLimiter(): LoginRateLimiter {
  globalForLimiter.taskshiftLoginLimiter ??= new LoginRateLimiter();
  return globalForLimiter.taskshiftLoginLimiter;
}

/**
 * The client key for rate limiting: the first X-Forwarded-For address (set by Next from the
 * socket, or by a reverse proxy in front of it), else "unknown".
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return (forwarded || headers.get('x-real-ip') || 'unknown').slice(0, 64);
}
