// The scheduler in this process on the seeded file: how long a tick takes, how many SQL statements
// it sends, and how long it holds the event loop, for an idle minute and for Monday 08:00 (one
// digest per case); then the sender delivering those digests to a Delivery that only counts.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ManualClock } from '../../src/clock.js';
import type { Delivery } from '../../src/core/event.js';
import { createLogger } from '../../src/logger.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { OutboxSender } from '../../src/outbox/sender.js';
import { openCountingDb } from '../../test/support/counting-db.js';
import { profiled, summarizeProfile, type ProfileSummary } from './cpu-profile.js';
import { MONDAY } from './scale-seed.js';
import { BALLOT_SECRET } from './slash-requests.js';
import { round } from './stats.js';

const MINUTE = 60_000;

export interface TickFigures {
  /** Each run; the first also computes every case's next occurrences (the seeded file has none yet, as after the upgrade that brought them). */
  idleTickMs: (number | null)[];
  idleTickQueries: number[];
  mondayTickMs: number | null;
  mondayTickQueries: number;
  digests: number;
  queriesPerDigest: number | null;
  msPerDigest: number | null;
  /** Event-loop delay while the Monday tick ran: how long other work (an ack) would have waited. */
  mondayLoopDelayMaxMs: number | null;
  mondayLoopDelayP99Ms: number | null;
  senderFlushMs: number | null;
  senderQueries: number;
  delivered: number;
  /** The Monday tick's CPU by kind and package, with BENCH_PROFILE=1. */
  mondayProfile: ProfileSummary | null;
}

export async function measureTicks(url: string, idleRuns: number): Promise<TickFigures> {
  const { db, queries } = await openCountingDb(url);
  const scheduler = new Scheduler({ db, logger: createLogger('silent'), jobs: allJobs(BALLOT_SECRET) });
  const timed = async <T>(work: () => Promise<T>) => {
    const [q0, t0] = [queries(), performance.now()];
    const result = await work();
    return { result, ms: performance.now() - t0, queries: queries() - q0 };
  };

  // The minute before 07:59: nothing is due.
  const idle = [];
  for (let i = 0; i < idleRuns; i++) idle.push(await timed(() => scheduler.runDue(new Date(MONDAY.getTime() - 2 * MINUTE), new Date(MONDAY.getTime() - MINUTE))));

  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  // Its first sample only starts the count: one must be taken before the tick, or a tick that
  // holds the loop from start to end would show no delay at all.
  await new Promise((resolve) => setTimeout(resolve, 10));
  // With BENCH_PROFILE=1 the tick runs under V8's profiler (slower: read its shares, not its time).
  const mondayTick = () => scheduler.runDue(new Date(MONDAY.getTime() - MINUTE), MONDAY);
  const monday = await timed(async () => {
    if (process.env.BENCH_PROFILE !== '1') return { ...(await mondayTick()), profile: null };
    const { result, profile } = await profiled(mondayTick);
    return { ...result, profile: summarizeProfile(profile) };
  });
  // The tick may never have let the sampling timer run: give it its turn, so it records that wait.
  await new Promise((resolve) => setTimeout(resolve, 25));
  loop.disable();
  const digests = monday.result.ran.filter((r) => r.job === 'digest').length;
  // The last idle run is a steady minute: what a digest adds is counted against it.
  const idleQueries = idle.at(-1)?.queries ?? 0;

  let delivered = 0;
  const counting: Delivery = { platform: 'slack', deliver: async () => void delivered++ };
  const sender = new OutboxSender({ db, clock: new ManualClock(MONDAY), logger: createLogger('silent'), deliveries: [counting] });
  // One flush takes a batch; the ticker flushes again until nothing is left.
  const flush = await timed(async () => {
    while ((await sender.flush()).sent > 0);
  });
  await db.$disconnect();
  return {
    idleTickMs: idle.map((r) => round(r.ms)), idleTickQueries: idle.map((r) => r.queries),
    mondayTickMs: round(monday.ms), mondayTickQueries: monday.queries, digests,
    queriesPerDigest: digests ? round((monday.queries - idleQueries) / digests) : null,
    msPerDigest: digests ? round(monday.ms / digests) : null,
    mondayLoopDelayMaxMs: round(loop.max / 1e6), mondayLoopDelayP99Ms: round(loop.percentile(99) / 1e6),
    senderFlushMs: round(flush.ms), senderQueries: flush.queries, delivered, mondayProfile: monday.result.profile,
  };
}
