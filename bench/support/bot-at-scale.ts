// The real bot on the seeded file, under faketime so that its own ticker (node-cron on the wall
// clock) reaches the instants we want: its Monday 08:00 tick with slash commands arriving
// meanwhile, and a quiet night hour in which its memory is read as commands pile up.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../src/store/paths.js';
import type { FakeSlackProcess } from './fake-slack-process.js';
import { freePort } from '../../test/support/program.js';
import { startBot } from './bot-process.js';
import { closedLoop, REQUEST_TIMEOUT_S, type LoadRun, type Sent } from './load.js';
import type { Child } from './processes.js';
import { caseChannel, caseUsers, MONDAY, type ScaleShape } from './scale-seed.js';
import { slashStream, type Slash } from './slash-requests.js';
import { percentile, round } from './stats.js';

/** The cases the commands are typed in (their members are the fake Slack's users). */
export const BUSY_CASES = 8;

export interface BotRun {
  bot: Child;
  origin: string;
  /** Add to our clock to get the bot's. */
  offsetMs: number;
  /** From spawning the process to its ready line (the catch-up of missed jobs included). */
  startupMs: number;
}

/** Starts the bot with its clock at `at`; the offset is taken from its ready line's own time. */
async function botAt(dbUrl: string, dir: string, fake: FakeSlackProcess, at: Date, onLine?: (line: string) => void, nodeArgs?: string[]): Promise<BotRun> {
  const port = await freePort();
  const spawned = Date.now();
  let offsetMs = 0;
  const bot = await startBot({
    databaseUrl: dbUrl, apiUrl: fake.apiUrl, port, cwd: dir, fakeTimeUtc: at, ...(nodeArgs ? { nodeArgs } : {}),
    onLine: (line) => {
      if (line.includes('"msg":"ready"')) offsetMs = (JSON.parse(line) as { time: number }).time - Date.now();
      onLine?.(line);
    },
  });
  return { bot, origin: `http://127.0.0.1:${port}`, offsetMs, startupMs: Date.now() - spawned };
}

/** The n-th command: the busy cases and their members take turns, with commands they use daily. */
function typical(shape: ScaleShape, lines: readonly string[]): (n: number) => Slash {
  return (n) => {
    const c = 1 + (n % BUSY_CASES);
    return { user: caseUsers(c, shape)[Math.floor(n / BUSY_CASES) % (shape.members - 1)]!, channel: caseChannel(c), text: lines[n % lines.length]! };
  };
}

/** The acks of the requests of `run` sent while `when` holds. */
function acks(run: LoadRun, when: (sentAt: number) => boolean) {
  const sent = run.sent.filter((s) => when(s.sentAt));
  const ms = sent.filter((s) => s.status === 200).map((s) => s.ackAt! - s.sentAt).sort((a, b) => a - b);
  // Unacknowledged and sent long enough before the end: autocannon gave up on it. (The others
  // were still in flight when the run stopped.)
  const timedOut = sent.filter((s) => s.ackAt === undefined && s.sentAt < run.endedAt - REQUEST_TIMEOUT_S * 1000).length;
  return { sent: sent.length, acked: ms.length, ackedWithin3s: ms.filter((x) => x <= 3000).length, timedOut, p50Ms: round(percentile(ms, 50)), p99Ms: round(percentile(ms, 99)), maxMs: round(ms.at(-1) ?? NaN) };
}

export interface MondayFigures {
  /** How long before 08:00 on its clock the bot was started. */
  leadS: number;
  startupMs: number;
  rssAtReadyMb: number | null;
  /** From 08:00:00 on the bot's clock until its last digest was logged. */
  botTickMs: number | null;
  digests: number;
  failed: number;
  /** Acks of commands sent in the 10 s before 08:00, during the tick, and after it (the sender at work). */
  ackBefore: ReturnType<typeof acks>;
  ackDuringTick: ReturnType<typeof acks>;
  ackAfterTick: ReturnType<typeof acks>;
  rssAfterTickMb: number | null;
}

/**
 * Starts the bot `leadS` seconds before Monday 08:00 on its clock, waits until 07:59:50, then
 * sends `rate` commands a second until the tick is over and five seconds more.
 */
export async function mondayUnderLoad(o: { dbUrl: string; dir: string; fake: FakeSlackProcess; shape: ScaleShape; leadS: number; rate: number; capS: number }): Promise<MondayFigures> {
  const logged: number[] = [];
  let failed = 0;
  const run = await botAt(o.dbUrl, o.dir, o.fake, new Date(MONDAY.getTime() - o.leadS * 1000), (line) => {
    if (line.includes('"msg":"job ran"') && line.includes('"job":"digest"')) logged.push((JSON.parse(line) as { time: number }).time);
    if (line.includes('"msg":"job failed"')) failed++;
  });
  const rssAtReadyMb = round(run.bot.rssMb());
  const botNow = () => Date.now() + run.offsetMs;
  if (botNow() > MONDAY.getTime() - 10_000) throw new Error(`the bot was ready only at ${new Date(botNow()).toISOString()} on its clock: raise BENCH_MONDAY_LEAD_S`);
  await new Promise((resolve) => setTimeout(resolve, MONDAY.getTime() - 10_000 - botNow()));

  const over = () => logged.length + failed >= o.shape.cases;
  let overAt: number | undefined;
  const load = await closedLoop({
    origin: run.origin, connections: 10, rate: o.rate, seconds: o.capS,
    next: slashStream({ respondBase: o.fake.respondBase, clockOffsetMs: run.offsetMs }, typical(o.shape, ['ärende visa'])),
    stopWhen: () => {
      if (over()) overAt ??= Date.now();
      return overAt !== undefined && Date.now() - overAt > 5000;
    },
  });
  const rssAfterTickMb = round(run.bot.rssMb());
  await run.bot.stop(true);
  // Our wall clock (wallMs) = the bot's clock − offset.
  const tickStart = MONDAY.getTime() - run.offsetMs;
  const tickEnd = logged.length ? Math.max(...logged) - run.offsetMs : Infinity;
  return {
    leadS: o.leadS, startupMs: run.startupMs, rssAtReadyMb, botTickMs: round(tickEnd - tickStart), digests: logged.length, failed,
    ackBefore: acks(load, (at) => at < tickStart),
    ackDuringTick: acks(load, (at) => at >= tickStart && at <= tickEnd),
    ackAfterTick: acks(load, (at) => at > tickEnd),
    rssAfterTickMb,
  };
}

export interface RssPoint {
  /** Commands sent so far. */
  commands: number;
  acked: number;
  /** Of those, answered at response_url by the time the memory was read. */
  answered: number;
  /** Seconds since the first command. */
  seconds: number;
  rssMb: number | null;
  /** After a full garbage collection (memory-probe.mjs): what the bot still holds. */
  afterGc: { rssMb: number; heapUsedMb: number } | null;
}

export interface RssFigures {
  startupMs: number;
  points: RssPoint[];
}

const MEMORY_PROBE = join(projectRoot, 'bench', 'support', 'memory-probe.mjs');

/**
 * At 03:00 on a Monday (nothing falls due), closed-loop commands on 10 connections until each of
 * `counts` is reached, reading the bot's resident memory at ready and at each, as it is and after
 * a full garbage collection.
 */
export async function rssUnderLoad(o: { dbUrl: string; dir: string; fake: FakeSlackProcess; shape: ScaleShape; counts: readonly number[]; capS: number }): Promise<RssFigures> {
  const probed: ((line: string) => void)[] = [];
  const run = await botAt(o.dbUrl, o.dir, o.fake, new Date('2026-11-30T02:00:00Z'), (line) => {
    if (line.startsWith('MEMORY ')) probed.shift()?.(line);
  }, ['--expose-gc', '--import', pathToFileURL(MEMORY_PROBE).href]);
  // Read before the collection, so the figure is the one `ps` would show.
  const rssMb = round(run.bot.rssMb());
  const afterGc = async (): Promise<RssPoint['afterGc']> => {
    const line = new Promise<string | null>((resolve) => {
      probed.push(resolve);
      setTimeout(() => resolve(null), 10_000).unref();
    });
    process.kill(run.bot.pid, 'SIGUSR2');
    const answer = await line;
    if (!answer) return null;
    const { after } = JSON.parse(answer.slice('MEMORY '.length)) as { after: { rssMb: number; heapUsedMb: number } };
    return { rssMb: after.rssMb, heapUsedMb: after.heapUsedMb };
  };
  const points: RssPoint[] = [{ commands: 0, acked: 0, answered: 0, seconds: 0, rssMb, afterGc: await afterGc() }];
  const start = Date.now();
  const next = slashStream({ respondBase: o.fake.respondBase, clockOffsetMs: run.offsetMs }, typical(o.shape, ['läge', 'ärende visa', `rösta ${o.shape.polls} Ja`, 'åtgärd lista mina']));
  const sent: Sent[] = [];
  for (const count of o.counts) {
    const load = await closedLoop({ origin: run.origin, connections: 10, amount: count - sent.length, seconds: o.capS, next });
    sent.push(...load.sent);
    const at = { commands: sent.length, acked: sent.filter((s) => s.status === 200).length, answered: sent.filter((s) => o.fake.arrivals.has(s.id)).length, seconds: Math.round((Date.now() - start) / 1000), rssMb: round(run.bot.rssMb()) };
    points.push({ ...at, afterGc: await afterGc() });
  }
  await run.bot.stop(true);
  return { startupMs: run.startupMs, points };
}
