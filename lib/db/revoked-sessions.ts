import type { Db } from './client';

/** A session id ended by logout, and when its token would have expired anyway. */
export interface RevokedSessionRow {
  id: string;
  expiresAtMs: number;
}

/** Records a revoked session id (idempotent) and drops rows whose tokens have expired. */
export async function saveRevokedSession(db: Db, row: RevokedSessionRow, now = new Date()): Promise<void> {
  const expiresAt = new Date(row.expiresAtMs);
  await db.prisma.$executeRaw`
    INSERT INTO revoked_session (id, expires_at) VALUES (${row.id}, ${expiresAt})
    ON CONFLICT (id) DO UPDATE SET expires_at = GREATEST(revoked_session.expires_at, EXCLUDED.expires_at)`;
  await db.prisma.$executeRaw`DELETE FROM revoked_session WHERE expires_at <= ${now}`;
}

/** The revoked session ids whose tokens have not expired yet. */
export async function loadRevokedSessions(db: Db, now = new Date()): Promise<RevokedSessionRow[]> {
  const rows = await db.prisma.$queryRaw<{ id: string; expires_at: Date }[]>`
    SELECT id, expires_at FROM revoked_session WHERE expires_at > ${now}`;
  return rows.map((r) => ({ id: r.id, expiresAtMs: r.expires_at.getTime() }));
}
