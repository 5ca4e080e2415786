// Teams throttles each bot per conversation (about 7 operations per second, 8 per 2 s, 60 per
// 30 s, 1800 per hour). The limiter queues operations per conversation so that no window is
// exceeded; operations on one conversation run one at a time, in order.
export interface Timer {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: Timer = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** [window in ms, operations allowed in it] */
export const TEAMS_WINDOWS: readonly (readonly [number, number])[] = [[1_000, 7], [2_000, 8], [30_000, 60], [3_600_000, 1_800]];

export class ConversationLimiter {
  readonly #history = new Map<string, number[]>();
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(private readonly timer: Timer = realTimer, private readonly windows = TEAMS_WINDOWS) {}

  /** Runs `operation` once the conversation's windows allow one more operation. */
  run<T>(conversation: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(conversation) ?? Promise.resolve();
    const result = previous.catch(() => {}).then(async () => {
      await this.#waitForSlot(conversation);
      return operation();
    });
    const tail = result.catch(() => {});
    this.#queues.set(conversation, tail);
    void tail.then(() => { if (this.#queues.get(conversation) === tail) this.#queues.delete(conversation); });
    return result;
  }

  /** How long until one more operation fits every window, given the recent operations. */
  #delay(times: readonly number[], now: number): number {
    let wait = 0;
    for (const [span, allowed] of this.windows) {
      const recent = times.filter((t) => t > now - span);
      if (recent.length >= allowed) wait = Math.max(wait, recent[recent.length - allowed]! + span - now);
    }
    return wait;
  }

  async #waitForSlot(conversation: string): Promise<void> {
    const longest = Math.max(...this.windows.map(([span]) => span));
    for (;;) {
      const now = this.timer.now();
      const times = (this.#history.get(conversation) ?? []).filter((t) => t > now - longest);
      const wait = this.#delay(times, now);
      if (wait <= 0) {
        times.push(now);
        this.#history.set(conversation, times);
        return;
      }
      await this.timer.sleep(wait);
    }
  }
}
