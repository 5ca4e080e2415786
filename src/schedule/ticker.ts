// Real-time scheduling for the chat platforms (Slack, Teams), whose clock is the wall clock:
// at start-up the missed occurrences that still matter run once, then node-cron ticks every minute
// (runDue over the minute that passed, then the sender) and every five seconds for the sender
// alone, so a short Retry-After is honoured promptly. Ticks never overlap. The console does not use
// this: its clock is virtual and moves with `:clock` (adapters/console/scheduling.ts).
import cron from 'node-cron';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Scheduler } from './scheduler.js';
import type { OutboxSender } from './sender.js';

export interface Ticker {
  /** One scheduling tick now (what the minute task runs). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTicker(options: { scheduler: Scheduler; sender: OutboxSender; clock: Clock; logger: Logger }): Promise<Ticker> {
  const { scheduler, sender, clock, logger } = options;
  let last = clock.now();
  await scheduler.catchUp(last);
  await sender.flush(last);

  // One chain for both tasks: a tick and a delivery never run at the same time in this process.
  let chain = Promise.resolve();
  const serial = (name: string, work: () => Promise<unknown>) => () =>
    (chain = chain.then(work).then(() => undefined, (err: unknown) => logger.error({ err, task: name }, 'scheduler task failed')));

  const tick = serial('jobs', async () => {
    const now = clock.now();
    await scheduler.runDue(last, now);
    last = now;
    await sender.flush(now);
  });
  const deliver = serial('outbox', () => sender.flush());
  const tasks = [
    cron.schedule('* * * * *', tick, { name: 'samverkan-jobs', noOverlap: true }),
    cron.schedule('*/5 * * * * *', deliver, { name: 'samverkan-outbox', noOverlap: true }),
  ];
  return {
    tick,
    stop: async () => {
      for (const task of tasks) await task.destroy();
      await chain;
    },
  };
}
