import { describe, expect, it } from 'vitest';
import { slots } from '@/lib/ingest/slots';

/** A promise settled from outside. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('slots (bounded concurrency for upload checks)', () => {
  it('runs at most `limit` tasks at once and starts the next when one settles, even by failing', async () => {
    const pool = slots(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      pool.run(async () => {
        started.push(i);
        return g.promise;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect([pool.active, pool.waiting]).toEqual([2, 1]);
    gates[1]!.reject(new Error('boom'));
    await expect(runs[1]).rejects.toThrow('boom');
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.resolve();
    gates[2]!.resolve();
    await Promise.all([runs[0], runs[2]]);
    expect([pool.active, pool.waiting]).toEqual([0, 0]);
  });
});
