// The effects of one command on their way into the outbox. A handler's `ctx.write` transaction
// stores every effect made so far together with its change, so that what the group is to see is
// committed with what happened — or not at all. Effects made outside a write (a command that only
// reads, then posts) are stored in a transaction of their own once the handler has returned.
import { randomUUID } from 'node:crypto';
import type { Effect } from '../core/event.js';
import type { Db, Tx } from '../store/client.js';
import { deliveries, enqueue, type Addressing } from './outbox.js';

export class PendingEffects {
  #effects: Effect[] = [];
  #batches = 0;
  /** How many deliveries this command has stored. */
  stored = 0;
  readonly #key = `cmd:${randomUUID()}`;

  constructor(private readonly addressing: (tx: Tx) => Promise<Addressing>, private readonly now: () => Date) {}

  add(effect: Effect): void {
    this.#effects.push(effect);
  }

  /** Runs `work` in a transaction that also stores the effects; those `work` added are dropped if it fails. */
  async within<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
    const before = this.#effects.length;
    try {
      return await db.$transaction(async (tx) => {
        const result = await work(tx);
        await this.#store(tx);
        return result;
      });
    } catch (err) {
      this.#effects.splice(before);
      throw err;
    }
  }

  /** Stores what was not stored by a write. */
  async storeRest(db: Db): Promise<void> {
    if (this.#effects.length) await db.$transaction((tx) => this.#store(tx));
  }

  async #store(tx: Tx): Promise<void> {
    if (!this.#effects.length) return;
    // Posts first, as a reader expects the group's news before the follow-ups it caused.
    const effects = [...this.#effects.filter((e) => e.kind === 'post'), ...this.#effects.filter((e) => e.kind !== 'post')];
    const addressing = await this.addressing(tx);
    const items = await deliveries(tx, addressing, effects);
    await enqueue(tx, addressing.caseId, `${this.#key}:${this.#batches++}`, items, this.now());
    this.#effects = [];
    this.stored += items.length;
  }
}
