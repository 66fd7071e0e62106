/** Runs async tasks with at most `limit` at once; the rest wait in order. */
export interface Slots {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
}

/**
 * A counting semaphore: `run` starts the task when one of `limit` slots is free and frees it when the
 * task settles (resolved or rejected), so a burst of work cannot hold more than `limit` at once.
 */
export function slots(limit: number): Slots {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    active--;
    queue.shift()?.();
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= limit) await new Promise<void>((resolve) => queue.push(resolve));
      active++;
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
