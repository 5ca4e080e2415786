// Slack accepts about one message per second per channel: posts to one channel go through a
// queue that starts each at least `intervalMs` after the previous one. Channels do not wait for
// each other.
import { realSleep, type Sleep } from './rate-limit.js';

export interface PacerTiming {
  intervalMs: number;
  now: () => number;
  sleep: Sleep;
}

export const DEFAULT_PACING: PacerTiming = { intervalMs: 1000, now: () => Date.now(), sleep: realSleep };

export class ChannelPacer {
  readonly #tails = new Map<string, Promise<unknown>>();
  readonly #lastStart = new Map<string, number>();

  constructor(private readonly timing: PacerTiming = DEFAULT_PACING) {}

  run<T>(channel: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(channel) ?? Promise.resolve();
    const result = previous.then(async () => {
      const wait = (this.#lastStart.get(channel) ?? -Infinity) + this.timing.intervalMs - this.timing.now();
      if (wait > 0) await this.timing.sleep(wait);
      this.#lastStart.set(channel, this.timing.now());
      return task();
    });
    const tail = result.catch(() => undefined);
    this.#tails.set(channel, tail);
    void tail.then(() => {
      if (this.#tails.get(channel) === tail) this.#tails.delete(channel);
    });
    return result;
  }
}
