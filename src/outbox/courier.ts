// Runs the sender whenever something may be waiting: after a command stored deliveries, after the
// scheduler ran jobs, and on the ticker's short beat (for retries that came due). One pass at a
// time; a nudge during a pass asks for one more after it, so nothing stored waits for the beat.
import type { Logger } from '../logger.js';
import type { OutboxSender } from './sender.js';

export class Courier {
  #running: Promise<void> | null = null;
  #again = false;

  constructor(private readonly sender: OutboxSender, private readonly logger: Logger) {}

  nudge(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#passes();
  }

  /** Resolves once no pass is running or asked for. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #passes(): Promise<void> {
    do {
      this.#again = false;
      try {
        await this.sender.flush();
      } catch (err) {
        this.logger.error({ err }, 'outbox pass failed');
      }
    } while (this.#again);
    this.#running = null;
  }
}
