import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from './client';

const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** Reads prisma/migrations/NNN_name/migration.sql in name order. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('taskshift:migrate'));`;
const TABLE_SQL = `CREATE TABLE IF NOT EXISTS _taskshift_migrations (
  name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now());`;

/**
 * Applies pending migrations, each in its own transaction under an advisory lock,
 * on Postgres and PGlite alike. Refuses to run if an applied migration was edited.
 * @returns the names of the migrations applied now
 */
export async function migrate(db: Db, migrations = listMigrations()): Promise<string[]> {
  await db.execScript(TABLE_SQL);
  const applied = new Map(
    (
      await db.prisma.$queryRaw<{ name: string; checksum: string }[]>`
      SELECT name, checksum FROM _taskshift_migrations`
    ).map((r) => [r.name, r.checksum]),
  );
  const done: string[] = [];
  for (const m of migrations) {
    const previous = applied.get(m.name);
    if (previous !== undefined) {
      if (previous !== m.checksum) throw new Error(`Migration ${m.name} was edited after it was applied`);
      continue;
    }
    const escapedName = m.name.replace(/'/g, "''");
    // Names come from our own folder, not from users; the record insert is guarded by ON CONFLICT.
    const script = `BEGIN;\n${LOCK_SQL}\n${m.sql}\nINSERT INTO _taskshift_migrations (name, checksum) VALUES ('${escapedName}', '${m.checksum}');\nCOMMIT;`;
    try {
      await db.execScript(script);
    } catch (err) {
      await db.execScript('ROLLBACK;').catch(() => undefined);
      const again = await db.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM _taskshift_migrations WHERE name = ${m.name}`;
      if (again[0]?.n === 1) continue; // another process applied it while we waited
      throw new Error(`Migration ${m.name} failed: ${(err as Error).message}`);
    }
    done.push(m.name);
  }
  return done;
}
