// The bot at the scale of the issue: 500 cases with 8 members, 200 actions, 20 polls and 52 reports
// each. In this process, the scheduler's idle minute tick and its Monday 08:00 tick (time, SQL
// statements, event-loop delay) and the sender after it; then the real bot (dist/src/main.js) under
// faketime on copies of the same file: slash commands acknowledged during its own Monday tick,
// and its resident memory as commands pile up.
//   npm run bench:scale            (BENCH_QUICK=1 for a short run on fewer cases)
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../src/store/migrations.js';
import { BUSY_CASES, mondayUnderLoad, rssUnderLoad } from './support/bot-at-scale.js';
import { startFakeSlack } from './support/fake-slack-process.js';
import { caseUsers, ISSUE_SHAPE, seedScale } from './support/scale-seed.js';
import { measureTicks } from './support/scale-ticks.js';
import { BALLOT_SECRET } from './support/slash-requests.js';
import { printBench, printTable } from './support/stats.js';

const QUICK = process.env.BENCH_QUICK === '1';
const shape = { ...ISSUE_SHAPE, cases: Number(process.env.BENCH_CASES ?? (QUICK ? 100 : ISSUE_SHAPE.cases)) };
const RSS_COUNTS = (process.env.BENCH_RSS_COUNTS?.split(',') ?? (QUICK ? [1000, 2000] : [10_000, 20_000])).map(Number);

const dir = await mkdtemp(join(tmpdir(), 'samverkan-bench-scale-'));
const file = (name: string) => join(dir, name);
const url = `file:${file('scale.db')}`;
await migrate(url);
const seedStart = performance.now();
const rows = seedScale(url, shape, BALLOT_SECRET);
const seedMs = Math.round(performance.now() - seedStart);
// The bot gets untouched copies: the ticks below claim this Monday's digests in the original.
await copyFile(file('scale.db'), file('monday.db'));
await copyFile(file('scale.db'), file('rss.db'));

const ticks = await measureTicks(url, QUICK ? 2 : 3);
const fake = await startFakeSlack(Array.from({ length: BUSY_CASES }, (_, i) => caseUsers(i + 1, shape)).flat());
const rss = await rssUnderLoad({ dbUrl: `file:${file('rss.db')}`, dir, fake, shape, counts: RSS_COUNTS, capS: QUICK ? 60 : 300 });
// The bot starts this long before 08:00 on its clock: its start-up, as long as the one just
// seen on the same data, must be over by 07:59:50.
const leadS = Number(process.env.BENCH_MONDAY_LEAD_S ?? Math.ceil((2 * rss.startupMs) / 1000 + 15));
const monday = await mondayUnderLoad({ dbUrl: `file:${file('monday.db')}`, dir, fake, shape, leadS, rate: 10, capS: 300 });
await fake.child.stop(true);
await rm(dir, { recursive: true, force: true });

const int = (x: number) => Math.round(x).toLocaleString('en');
const ms = (x: number | null) => (x === null ? '–' : `${int(x)} ms`);
printTable(`${shape.cases} cases × (${shape.members} members, ${shape.actions} actions, ${shape.polls} polls, ${shape.reports} reports): ${rows.toLocaleString('en')} rows seeded in ${seedMs} ms${QUICK ? ' (BENCH_QUICK)' : ''}`, ['figure', 'value'], [
  ['idle minute tick, each run (the first computes every case\'s next occurrences)', ticks.idleTickMs.map(ms).join(', ')],
  ['idle minute tick, SQL statements, each run', ticks.idleTickQueries.map(int).join(', ')],
  ['Monday 08:00 tick', ms(ticks.mondayTickMs)],
  ['Monday 08:00 tick, SQL statements', int(ticks.mondayTickQueries)],
  ['digests / SQL statements per digest / ms per digest', `${ticks.digests} / ${ticks.queriesPerDigest} / ${ticks.msPerDigest}`],
  ['event-loop delay during the Monday tick, max / p99', `${ms(ticks.mondayLoopDelayMaxMs)} / ${ms(ticks.mondayLoopDelayP99Ms)}`],
  ['sender: the digests to a counting Delivery', `${ticks.delivered} in ${ms(ticks.senderFlushMs)}, ${ticks.senderQueries} statements`],
  ['bot (own ticker): Monday tick, 08:00 → last digest', `${ms(monday.botTickMs)} (${monday.digests} digests, ${monday.failed} failed)`],
  ...(['ackBefore', 'ackDuringTick', 'ackAfterTick'] as const).map((k) => [
    `bot: ack ${{ ackBefore: 'before 08:00', ackDuringTick: 'during the tick', ackAfterTick: 'after it' }[k]}, p50 / p99 / max (of sent: acked ≤3 s, acked, timed out)`,
    `${ms(monday[k].p50Ms)} / ${ms(monday[k].p99Ms)} / ${ms(monday[k].maxMs)} (${monday[k].sent}: ${monday[k].ackedWithin3s}, ${monday[k].acked}, ${monday[k].timedOut})`,
  ]),
  ['bot start-up (ready line), RSS at ready / after the Monday tick', `${ms(monday.startupMs)}, ${monday.rssAtReadyMb} MB / ${monday.rssAfterTickMb} MB`],
  ...rss.points.map((p) => [
    `bot RSS after ${int(p.commands)} commands (acked, answered, seconds); after a full GC: RSS, V8 heap used`,
    `${p.rssMb} MB (${p.acked}, ${p.answered}, ${p.seconds} s); ${p.afterGc ? `${p.afterGc.rssMb} MB, ${p.afterGc.heapUsedMb} MB` : '–'}`,
  ]),
]);
if (ticks.mondayProfile) {
  const { busyMs, kinds, packages } = ticks.mondayProfile;
  const rows = (shares: typeof kinds) => shares.slice(0, 10).map((p) => [p.name, `${int(p.ms)} ms`, `${p.percent} %`]);
  printTable(`Monday 08:00 tick under the profiler (BENCH_PROFILE=1): busy ${int(busyMs)} ms, self time by kind`, ['', 'self time', 'of busy'], rows(kinds));
  printTable('… by package (top 10)', ['', 'self time', 'of busy'], rows(packages));
}
printBench({ bench: 'scale', quick: QUICK, shape, rows, seedMs, ticks, monday, rss });
