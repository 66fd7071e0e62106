import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';

// Every PGlite buffer the server touches stays in its memory; serving uses a small pool, batch work Postgres's default.
describe('PGlite buffer pool', () => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('takes shared_buffers from the option, and keeps Postgres’s default without it', async () => {
    db = createDb({ pgliteDir: 'memory', pgliteSharedBuffersMb: 24 });
    expect(await showSharedBuffers(db)).toBe('24MB');
    await db.close();
    db = undefined;
    db = createDb({ pgliteDir: 'memory' });
    expect(await showSharedBuffers(db)).toBe('128MB');
  });
});

async function showSharedBuffers(db: Db): Promise<string | undefined> {
  const rows = await db.prisma.$queryRawUnsafe<{ shared_buffers: string }[]>('SHOW shared_buffers');
  return rows[0]?.shared_buffers;
}
