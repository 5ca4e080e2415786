// Real-time scheduling for the chat platforms (Slack, Teams), whose clock is the wall clock:
// at start-up the missed occurrences that still matter run once (and are handed to the sender),
// then node-cron ticks every minute
// (runDue over the minute that passed, then a nudge to the sender) and every five seconds for the
// sender alone, so a short Retry-After is honoured promptly. Jobs and deliveries run on separate
// lanes: a slow platform delays deliveries, never the jobs (a poll still closes at its deadline).
// Neither lane overlaps itself. The console does not use this: its clock is virtual and moves
// with `:clock` (adapters/console/scheduling.ts).
import cron from 'node-cron';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Scheduler } from './scheduler.js';
import type { OutboxSender } from './sender.js';

export interface Ticker {
  /** One scheduling tick now (what the minute task runs); deliveries follow on their own lane. */
  tick(): Promise<void>;
  /** Resolves when the deliveries asked for so far are done. */
  delivered(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTicker(options: { scheduler: Scheduler; sender: OutboxSender; clock: Clock; logger: Logger }): Promise<Ticker> {
  const { scheduler, sender, clock, logger } = options;
  let last = clock.now();
  await scheduler.catchUp(last);

  const lane = (name: string, work: () => Promise<unknown>) => {
    let chain = Promise.resolve();
    const run = () => (chain = chain.then(work).then(() => undefined, (err: unknown) => logger.error({ err, task: name }, 'scheduler task failed')));
    return { run, idle: () => chain };
  };
  const deliveries = lane('outbox', () => sender.flush());
  const jobs = lane('jobs', async () => {
    const now = clock.now();
    await scheduler.runDue(last, now);
    last = now;
    void deliveries.run();
  });
  void deliveries.run();
  const tasks = [
    cron.schedule('* * * * *', jobs.run, { name: 'samverkan-jobs', noOverlap: true }),
    cron.schedule('*/5 * * * * *', deliveries.run, { name: 'samverkan-outbox', noOverlap: true }),
  ];
  return {
    tick: jobs.run,
    delivered: deliveries.idle,
    stop: async () => {
      for (const task of tasks) await task.destroy();
      await Promise.all([jobs.idle(), deliveries.idle()]);
    },
  };
}
