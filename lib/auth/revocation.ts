/**
 * Session ids revoked by logout, each kept until its token would have expired anyway. Held in memory per
 * process: a restart forgets them (see README, Sessions), so tokens stay short-lived (8 hours).
 */
export class RevokedSessions {
  private readonly until = new Map<string, number>();

  constructor(private readonly maxEntries = 10_000) {}

  /** Revokes session `id` whose token expires at `expiresAtMs`. */
  revoke(id: string, expiresAtMs: number, now = Date.now()): void {
    if (expiresAtMs <= now) return;
    if (this.until.size >= this.maxEntries) this.prune(now);
    // Still full of live entries: drop the one that expires first rather than grow without bound.
    if (this.until.size >= this.maxEntries) this.dropSoonest();
    this.until.set(id, expiresAtMs);
  }

  /** Whether session `id` was revoked. */
  isRevoked(id: string, now = Date.now()): boolean {
    const expiresAt = this.until.get(id);
    return expiresAt !== undefined && expiresAt > now;
  }

  /** Entries held (for tests of the memory bound). */
  get size(): number {
    return this.until.size;
  }

  private prune(now: number): void {
    for (const [id, expiresAt] of this.until) if (expiresAt <= now) this.until.delete(id);
  }

  private dropSoonest(): void {
    let soonest: [string, number] | undefined;
    for (const entry of this.until) if (!soonest || entry[1] < soonest[1]) soonest = entry;
    if (soonest) this.until.delete(soonest[0]);
  }
}

const globalForRevocation = globalThis as unknown as { taskshiftRevokedSessions?: RevokedSessions };

/** The process-wide revocation list, shared by the proxy and the route handlers. */
export function revokedSessions(): RevokedSessions {
  globalForRevocation.taskshiftRevokedSessions ??= new RevokedSessions();
  return globalForRevocation.taskshiftRevokedSessions;
}
