// Scheduled jobs and the outbox in the console. Its clock is virtual: jobs run when `:clock` moves
// it (every job due on the way, in order) and once at start-up for what was missed, never on the
// wall clock, so a scripted scenario prints the same every time. What commands and jobs store in
// the outbox goes through the same sender as on Slack and Teams, into a Delivery that collects
// it for printing: after every line, so the console shows a command's posts right after it.
import type { ManualClock } from '../../src/clock.js';
import type { Deliverable, Delivery, DeliveryAttempt } from '../../src/core/event.js';
import type { Logger } from '../../src/logger.js';
import type { JobDefinition } from '../../src/schedule/job.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { Courier } from '../../src/outbox/courier.js';
import { OutboxSender } from '../../src/outbox/sender.js';
import type { Db } from '../../src/store/client.js';
import { CONSOLE, type Delivered } from './session.js';


/** Keeps what the sender delivers to console channels and users until the session prints it. */
export class CollectingDelivery implements Delivery {
  readonly platform = CONSOLE;
  #outputs: Delivered[] = [];

  async deliver(output: Deliverable, attempt?: DeliveryAttempt): Promise<void> {
    this.#outputs.push(attempt ? { ...output, at: attempt.since } : output);
  }

  take(): Delivered[] {
    return this.#outputs.splice(0);
  }
}

export interface ConsoleScheduling {
  /** Runs what falls due from the clock's time up to `to`, delivers it, and returns the outputs. */
  advance(to: Date): Promise<Delivered[]>;
  /** At start-up: what was missed while the console was not running and still matters. */
  startUp(): Promise<Delivered[]>;
  /** Delivers what commands stored in the outbox; returns what went to the console. */
  deliver(): Promise<Delivered[]>;
  /** Asks for delivery without waiting for it (a Bot's `onStored`). */
  nudge(): void;
  /** Resolves when the deliveries asked for are done. */
  idle(): Promise<void>;
  /**
   * The sender's deliveries, the console's first; tests add other platforms' so that one courier
   * serves a case that spans the console and Slack or Teams.
   */
  deliveries: Delivery[];
}

export function consoleScheduling(options: { db: Db; clock: ManualClock; logger: Logger; ballotSecret: string; jobs?: readonly JobDefinition[] }): ConsoleScheduling {
  const { db, clock, logger } = options;
  const delivery = new CollectingDelivery();
  const scheduler = new Scheduler({ db, logger, jobs: options.jobs ?? allJobs(options.ballotSecret) });
  const deliveries: Delivery[] = [delivery];
  const courier = new Courier(new OutboxSender({ db, clock, logger, deliveries, targetsAtOnce: 1 }), logger);
  const deliver = async () => {
    courier.nudge();
    await courier.idle();
    return delivery.take();
  };
  return {
    advance: async (to) => {
      await scheduler.runDue(clock.now(), to);
      clock.set(to);
      return deliver();
    },
    startUp: async () => {
      await scheduler.catchUp(clock.now());
      return deliver();
    },
    deliver,
    nudge: () => courier.nudge(),
    idle: () => courier.idle(),
    deliveries,
  };
}
