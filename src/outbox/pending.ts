// The effects of one command on their way into the outbox. A handler's `ctx.write` transaction
// stores every effect made so far together with its change, so that what the group is to see is
// committed with what happened — or not at all. Effects made outside a write (a command that only
// reads, then posts) are stored in a transaction of their own once the handler has returned.
import { randomUUID } from 'node:crypto';
import type { Effect } from '../core/event.js';
import type { Db, Tx } from '../store/client.js';
import { inCaseTurn, lockCase } from '../store/case-lock.js';
import { retried } from '../store/conflicts.js';
import { deliveries, enqueue, type Addressing } from './outbox.js';

export class PendingEffects {
  #effects: Effect[] = [];
  #batches = 0;
  /** How many deliveries this command has stored. */
  stored = 0;
  readonly #key = `cmd:${randomUUID()}`;

  /** `caseId`: the case the command is in, whose writes take turns (store/case-lock.ts). */
  constructor(private readonly addressing: (tx: Tx) => Promise<Addressing>, private readonly now: () => Date, private readonly caseId?: number) {}

  add(effect: Effect): void {
    this.#effects.push(effect);
  }

  /**
   * Runs `work` in a transaction that also stores the effects. When it fails, the effects `work`
   * added are dropped and `undo` puts back what else it changed in memory; a transaction that
   * lost a race is then run again (store/conflicts.ts).
   */
  async within<T>(db: Db, work: (tx: Tx) => Promise<T>, undo: () => void = () => {}): Promise<T> {
    const before = this.#effects.length;
    const { result, stored } = await inCaseTurn(db, this.caseId, () => retried(
      () => db.$transaction(async (tx) => {
        await lockCase(tx, this.caseId);
        return { result: await work(tx), stored: await this.#store(tx) };
      }),
      () => {
        this.#effects.splice(before);
        undo();
      },
    ));
    this.#committed(stored);
    return result;
  }

  /** Stores what was not stored by a write. */
  async storeRest(db: Db): Promise<void> {
    if (this.#effects.length) this.#committed(await inCaseTurn(db, this.caseId, () => retried(() => db.$transaction((tx) => this.#store(tx)))));
  }

  /** Writes the effects into the outbox; they count as stored once the transaction has committed. */
  async #store(tx: Tx): Promise<number> {
    if (!this.#effects.length) return 0;
    // Posts first, as a reader expects the group's news before the follow-ups it caused.
    const effects = [...this.#effects.filter((e) => e.kind === 'post'), ...this.#effects.filter((e) => e.kind !== 'post')];
    const addressing = await this.addressing(tx);
    await lockCase(tx, addressing.caseId);
    const items = await deliveries(tx, addressing, effects);
    await enqueue(tx, addressing.caseId, `${this.#key}:${this.#batches}`, items, this.now());
    return items.length;
  }

  #committed(stored: number): void {
    this.#effects = [];
    this.#batches++;
    this.stored += stored;
  }
}
