// Real-time scheduling for the chat platforms (Slack, Teams), whose clock is the wall clock:
// at start-up the missed occurrences that still matter run once, then node-cron ticks every
// minute (runDue over the minute that passed) and nudges the courier every five seconds, so a
// short Retry-After is honoured promptly. Jobs and deliveries run apart: a slow platform delays
// deliveries, never the jobs (a poll still closes at its deadline). Jobs never overlap; a window
// whose jobs could not be stored is run again at the next tick. At start and after the jobs of each
// tick runs the housekeeping that belongs to no case (pruning old delivery keys). The console does not use this:
// its clock is virtual and moves with `:clock` (adapters/console/scheduling.ts).
import cron from 'node-cron';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Scheduler } from './scheduler.js';
import type { Courier } from '../outbox/courier.js';

export interface Ticker {
  /** One scheduling tick now (what the minute task runs); deliveries follow on their own lane. */
  tick(): Promise<void>;
  /** Resolves when the deliveries asked for so far are done. */
  delivered(): Promise<void>;
  stop(): Promise<void>;
}

export interface TickerOptions {
  scheduler: Scheduler;
  courier: Courier;
  clock: Clock;
  logger: Logger;
  /** Run after the jobs of every tick, with the tick's time. */
  housekeeping?: (now: Date) => Promise<unknown>;
}

export async function startTicker(options: TickerOptions): Promise<Ticker> {
  const { scheduler, courier, clock, logger, housekeeping } = options;
  let last = clock.now();
  await scheduler.catchUp(last);
  courier.nudge();

  let jobs = Promise.resolve();
  const run = (work: () => Promise<unknown>) => (jobs = jobs.then(async () => {
    await work();
  }).catch((err: unknown) => logger.error({ err }, 'scheduler task failed')));
  // Once at start too, for what piled up while the program was down; queued, so it delays no request.
  if (housekeeping) void run(() => housekeeping(last));
  const tick = () => run(async () => {
    const now = clock.now();
    await scheduler.runDue(last, now);
    last = now;
    courier.nudge();
    await housekeeping?.(now);
  });
  const tasks = [
    cron.schedule('* * * * *', tick, { name: 'samverkan-jobs', noOverlap: true }),
    cron.schedule('*/5 * * * * *', () => courier.nudge(), { name: 'samverkan-outbox', noOverlap: true }),
  ];
  return {
    tick,
    delivered: () => courier.idle(),
    stop: async () => {
      for (const task of tasks) await task.destroy();
      await jobs;
      await courier.idle();
    },
  };
}
