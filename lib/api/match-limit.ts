/** A fixed-window budget of titles per client (coding costs CPU, so it is metered by titles, not requests). */
export class TitleBudget {
  private readonly windows = new Map<string, { used: number; resetAt: number }>();

  constructor(
    private readonly titlesPerWindow = 10_000,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  /**
   * Takes `titles` from the client's budget.
   * @returns 0 when granted, else the seconds until the window resets
   */
  take(client: string, titles: number, now = Date.now()): number {
    let w = this.windows.get(client);
    if (!w || w.resetAt <= now) {
      this.windows.delete(client);
      if (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value!); // oldest first
      w = { used: 0, resetAt: now + this.windowMs };
      this.windows.set(client, w);
    }
    if (w.used + titles > this.titlesPerWindow) return Math.ceil((w.resetAt - now) / 1000);
    w.used += titles;
    return 0;
  }
}

const globalForBudget = globalThis as unknown as { taskshiftTitleBudget?: TitleBudget };

/** The process-wide title budget of POST /api/match. */
export function matchBudget(): TitleBudget {
  globalForBudget.taskshiftTitleBudget ??= new TitleBudget();
  return globalForBudget.taskshiftTitleBudget;
}
