import { z } from 'zod';

/** One slice of a batch job: shard `index` of `count` (1-based), e.g. `--shard 2/8`. */
export interface Shard {
  index: number;
  count: number;
}

/** `i/n` with 1 ≤ i ≤ n ≤ 10,000, validated at the CLI boundary (a bad value is a usage error, exit 2). */
export const shardSchema = z
  .string()
  .regex(/^\d+\/\d+$/, 'expected i/n, e.g. 2/8 (shard i of n, counted from 1)')
  .transform((s) => {
    const [index, count] = s.split('/').map(Number) as [number, number];
    return { index, count };
  })
  .pipe(
    z
      .object({
        index: z.number().int().min(1, 'i must be at least 1'),
        count: z.number().int().min(1, 'n must be at least 1').max(10_000, 'n must be at most 10000'),
      })
      .refine((s) => s.index <= s.count, 'i must be at most n (shard i of n, counted from 1)'),
  );

/**
 * The half-open range [start, end) of `total` items that a shard owns: contiguous, in the items' order,
 * sizes differing by at most one; the n ranges cover 0…total exactly once, so the shards' outputs
 * concatenated in shard order are the whole run's output.
 */
export function shardRange(total: number, shard: Shard): { start: number; end: number } {
  return {
    start: Math.floor(((shard.index - 1) * total) / shard.count),
    end: Math.floor((shard.index * total) / shard.count),
  };
}

/** The keys a shard owns: its contiguous range of the sorted, de-duplicated keys (deterministic for any input order). */
export function shardKeys(keys: Iterable<string>, shard: Shard): Set<string> {
  const sorted = [...new Set(keys)].sort();
  const { start, end } = shardRange(sorted.length, shard);
  return new Set(sorted.slice(start, end));
}

/** "2/8", for messages. */
export const shardLabel = (shard: Shard): string => `${shard.index}/${shard.count}`;
