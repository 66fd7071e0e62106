/**
 * A least-recently-used map with a fixed number of entries: setting a key past the capacity drops
 * the entry read or written longest ago, so a per-process cache cannot grow without bound.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new Error(`LRU capacity must be a positive integer, got ${capacity}`);
  }

  /** The value for `key` (marking it most recently used), or undefined. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  /** Stores `value` as the most recently used entry, evicting the least recently used past capacity. */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
    }
  }

  /** Removes `key`; true when it was there. */
  delete(key: K): boolean {
    return this.map.delete(key);
  }

  /** Removes every entry. */
  clear(): void {
    this.map.clear();
  }

  /** Number of entries held (never more than `capacity`). */
  get size(): number {
    return this.map.size;
  }
}
