// Scheduled jobs in the console. Its clock is virtual: jobs run when `:clock` moves it (every job
// due on the way, in order) and once at start-up for what was missed, never on the wall clock, so
// a scripted scenario prints the same every time. Deliveries go through the same outbox and sender
// as on Slack and Teams, into a Delivery that collects them for printing.
import type { ManualClock } from '../../src/clock.js';
import type { Delivery, Output } from '../../src/core/event.js';
import type { Logger } from '../../src/logger.js';
import type { JobDefinition } from '../../src/schedule/job.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { OutboxSender } from '../../src/schedule/sender.js';
import type { Db } from '../../src/store/client.js';
import { CONSOLE } from './session.js';

/** Keeps what the sender delivers to console channels and users until the session prints it. */
export class CollectingDelivery implements Delivery {
  readonly platform = CONSOLE;
  #outputs: Output[] = [];

  async deliver(output: Exclude<Output, { kind: 'reply' }>): Promise<void> {
    this.#outputs.push(output);
  }

  take(): Output[] {
    return this.#outputs.splice(0);
  }
}

export interface ConsoleScheduling {
  /** Runs what falls due from the clock's time up to `to`, delivers it, and returns the outputs. */
  advance(to: Date): Promise<Output[]>;
  /** At start-up: what was missed while the console was not running and still matters. */
  startUp(): Promise<Output[]>;
}

export function consoleScheduling(options: { db: Db; clock: ManualClock; logger: Logger; ballotSecret: string; jobs?: readonly JobDefinition[] }): ConsoleScheduling {
  const { db, clock, logger } = options;
  const delivery = new CollectingDelivery();
  const scheduler = new Scheduler({ db, logger, jobs: options.jobs ?? allJobs(options.ballotSecret) });
  const sender = new OutboxSender({ db, clock, logger, deliveries: [delivery], targetsAtOnce: 1 });
  return {
    advance: async (to) => {
      await scheduler.runDue(clock.now(), to);
      clock.set(to);
      await sender.flush();
      return delivery.take();
    },
    startUp: async () => {
      await scheduler.catchUp(clock.now());
      await sender.flush();
      return delivery.take();
    },
  };
}
