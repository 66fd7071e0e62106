import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/lib/db/client';
import { cached, clearDashboardCache, keyedCache, STAMP_TTL_MS } from '@/lib/db/queries/cache';
import { LruCache } from '@/lib/db/queries/lru';
import { fetchOccupationDetail } from '@/lib/db/queries/occupation-detail';
import { freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

describe('LruCache', () => {
  it('never holds more than its capacity and drops the least recently used first', () => {
    const lru = new LruCache<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3);
    expect(lru.size).toBe(2);
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('a'), lru.get('c')]).toEqual([1, 3]);
    for (let i = 0; i < 1000; i++) lru.set(`k${i}`, i);
    expect(lru.size).toBe(2);
    expect(() => new LruCache(0)).toThrow(/positive integer/);
  });
});

describe('keyed cache per data stamp (PGlite)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('pglite');
    clearDashboardCache();
  });
  afterAll(async () => db?.close());

  it('loads each key once, evicts past capacity and reloads everything when the data stamp changes', async () => {
    const loads: string[] = [];
    const memo = keyedCache<string>('test.lru-two', 2);
    const load = (key: string) => async () => {
      loads.push(key);
      return `${key}#${loads.length}`;
    };
    const get = (key: string) => memo(db, key, load(key));
    expect(await Promise.all([get('a'), get('a')])).toEqual(['a#1', 'a#1']); // concurrent callers share one load
    expect(await get('b')).toBe('b#2');
    expect(await get('c')).toBe('c#3'); // evicts a, the least recently used
    expect(await get('a')).toBe('a#4');
    expect(loads).toEqual(['a', 'b', 'c', 'a']);
    await seedFixture(db); // an import and a model version: the stamp moves
    await new Promise((r) => setTimeout(r, STAMP_TTL_MS + 100));
    expect(await get('a')).toBe('a#5');
    expect(loads).toEqual(['a', 'b', 'c', 'a', 'a']);
  });

  it('is one cache per process: a second instance of the module (as Next bundles pages and routes) shares it', async () => {
    const memo = keyedCache<string>('test.shared', 4);
    let loads = 0;
    expect(await memo(db, 'k', async () => `first#${++loads}`)).toBe('first#1');
    vi.resetModules();
    const again = await import('@/lib/db/queries/cache');
    expect(again.keyedCache).not.toBe(keyedCache); // a second instance of the module
    const twin = again.keyedCache<string>('test.shared', 4);
    expect(await twin(db, 'k', async () => `second#${++loads}`)).toBe('first#1');
    expect(await again.cached('test.memo', db, async () => ++loads)).toBe(2);
    expect(await cached('test.memo', db, async () => ++loads)).toBe(2);
    expect(loads).toBe(2);
  });

  it('forgets a failed load so the next caller retries', async () => {
    const memo = keyedCache<number>('test.failed-load', 4);
    let calls = 0;
    await expect(
      memo(db, 'x', async () => {
        calls++;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await memo(db, 'x', async () => ++calls)).toBe(2);
  });

  it('serves the same detail object until the stamp changes, then rebuilds it', async () => {
    clearDashboardCache();
    const first = await fetchOccupationDetail('15-1252.00', db);
    expect(first?.occupation.code).toBe('15-1252.00');
    expect(await fetchOccupationDetail('15-1252.00', db)).toBe(first);
    await db.prisma.$executeRaw`UPDATE model_version SET scored_at = now() + interval '1 day' WHERE version = 'm1'`;
    await new Promise((r) => setTimeout(r, STAMP_TTL_MS + 100));
    const rebuilt = await fetchOccupationDetail('15-1252.00', db);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt).toEqual(first);
  });
});
