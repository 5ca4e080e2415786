// Hands each output that is not a direct reply to the adapter of its platform. A command on Slack
// may post to the case's Teams channel too, and an update concerns every platform's copies.
import type { Delivery, Output } from './event.js';

export type Outgoing = Exclude<Output, { kind: 'reply' }>;

export class DeliveryRouter {
  constructor(private readonly deliveries: readonly Delivery[]) {}

  /** Delivers; false when no adapter serves the output's platform (it is then dropped). */
  async deliver(output: Outgoing): Promise<boolean> {
    if (output.kind === 'update') {
      await Promise.all(this.deliveries.map((d) => d.deliver(output)));
      return this.deliveries.length > 0;
    }
    const delivery = this.deliveries.find((d) => d.platform === output.platform);
    if (!delivery) return false;
    await delivery.deliver(output);
    return true;
  }
}
