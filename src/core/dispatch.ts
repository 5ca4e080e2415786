// Hands the outputs that are not replies to the Delivery of their platform, so that a command
// typed in Teams reaches the case's Slack channel too. Updates go to every platform: each looks
// up its own posted copies of the entity.
import type { Logger } from '../logger.js';
import type { Delivery, Output } from './event.js';

export type Deliverable = Exclude<Output, { kind: 'reply' }>;

export class Dispatcher {
  readonly #deliveries = new Map<string, Delivery>();

  constructor(private readonly logger: Logger) {}

  register(delivery: Delivery): void {
    this.#deliveries.set(delivery.platform, delivery);
  }

  /** Delivers every output in order; a failure is logged and does not stop the others. */
  async dispatch(outputs: readonly Output[]): Promise<void> {
    for (const output of outputs) {
      if (output.kind === 'reply') continue;
      const targets = output.kind === 'update' ? [...this.#deliveries.values()] : [this.#deliveries.get(output.platform)].filter((d) => d !== undefined);
      if (!targets.length) this.logger.warn({ kind: output.kind, platform: 'platform' in output ? output.platform : undefined }, 'no delivery for output');
      for (const delivery of targets) {
        try {
          await delivery.deliver(output);
        } catch (err) {
          this.logger.error({ err, kind: output.kind, platform: delivery.platform }, 'delivery failed');
        }
      }
    }
  }
}
