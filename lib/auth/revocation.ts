import type { RevokedSessionRow } from '../db/revoked-sessions';

/** Where revoked session ids are kept beyond this process (the database), so restarts and other processes know them. */
export interface RevocationStore {
  save(row: RevokedSessionRow): Promise<void>;
  load(): Promise<RevokedSessionRow[]>;
}

/**
 * Session ids revoked by logout, each kept until its token would have expired anyway. Checked in memory;
 * with a store, loaded from it before the first check and refreshed every `refreshMs` after that (in the
 * background, so a slow database never holds up a request twice), and written to it on revoke.
 */
export class RevokedSessions {
  private readonly until = new Map<string, number>();
  private syncedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;
  private triedOnce = false;

  constructor(
    private readonly store?: RevocationStore,
    private readonly maxEntries = 10_000,
    private readonly refreshMs = 30_000,
  ) {}

  /** Revokes session `id` whose token expires at `expiresAtMs`, here at once and in the store. */
  async revoke(id: string, expiresAtMs: number, now = Date.now()): Promise<void> {
    this.remember(id, expiresAtMs, now);
    await this.store?.save({ id, expiresAtMs });
  }

  /** Brings the list up to date with the store: waits for the first load, later ones run in the background. */
  async sync(now = Date.now()): Promise<void> {
    if (!this.store || now - this.syncedAt < this.refreshMs) return;
    this.loading ??= this.store
      .load()
      .then((rows) => {
        for (const r of rows) this.remember(r.id, r.expiresAtMs, Date.now());
      })
      .catch((error: unknown) => console.warn(`Revoked sessions could not be loaded: ${String(error)}`))
      .finally(() => {
        this.syncedAt = Date.now();
        this.loading = undefined;
      });
    const first = !this.triedOnce;
    this.triedOnce = true;
    if (first) await this.loading;
  }

  /** Whether session `id` was revoked (as far as the last sync knows). */
  isRevoked(id: string, now = Date.now()): boolean {
    const expiresAt = this.until.get(id);
    return expiresAt !== undefined && expiresAt > now;
  }

  /** Entries held (for tests of the memory bound). */
  get size(): number {
    return this.until.size;
  }

  private remember(id: string, expiresAtMs: number, now: number): void {
    if (expiresAtMs <= now) return;
    if (this.until.size >= this.maxEntries) this.prune(now);
    // Still full of live entries: drop the one that expires first rather than grow without bound.
    if (this.until.size >= this.maxEntries && !this.until.has(id)) this.dropSoonest();
    this.until.set(id, expiresAtMs);
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

/** The database as the store (loaded lazily, so importing auth opens no connection). */
const databaseStore: RevocationStore = {
  async save(row) {
    const [{ getDb }, { saveRevokedSession }] = await Promise.all([
      import('../db/client'),
      import('../db/revoked-sessions'),
    ]);
    await saveRevokedSession(getDb(), row);
  },
  async load() {
    const [{ getDb }, { loadRevokedSessions }] = await Promise.all([
      import('../db/client'),
      import('../db/revoked-sessions'),
    ]);
    return loadRevokedSessions(getDb());
  },
};

const globalForRevocation = globalThis as unknown as { taskshiftRevokedSessions?: RevokedSessions };

/** The process-wide revocation list, backed by the database and shared by the proxy and the route handlers. */
export function revokedSessions(): RevokedSessions {
  globalForRevocation.taskshiftRevokedSessions ??= new RevokedSessions(databaseStore);
  return globalForRevocation.taskshiftRevokedSessions;
}
