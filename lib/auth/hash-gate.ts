/** Thrown when the queue in front of password hashing is full. */
export class HashQueueFullError extends Error {
  constructor() {
    super('Too many sign-ins are being checked at once; try again in a moment.');
  }
}

/**
 * Bounds how many password hashes run at once, with a short FIFO queue behind them. Why: each scrypt
 * check takes ~32 MiB and a libuv thread for ~50 ms; hundreds at once starve the thread pool and the
 * event loop, so the real admin's sign-in waited half a minute behind a flood of guesses.
 */
export class HashGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly maxConcurrent = 2,
    private readonly maxQueued = 16,
  ) {}

  /**
   * Runs `work` once a slot is free.
   * @throws HashQueueFullError at once when every slot is busy and the queue is full
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxConcurrent) {
      if (this.waiting.length >= this.maxQueued) throw new HashQueueFullError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Hashes running and waiting now (for tests). */
  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }
}

const globalForGate = globalThis as unknown as { taskshiftHashGate?: HashGate };

/** The process-wide gate in front of password hashing. */
export function hashGate(): HashGate {
  globalForGate.taskshiftHashGate ??= new HashGate();
  return globalForGate.taskshiftHashGate;
}
