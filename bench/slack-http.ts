// Slack over HTTP, end to end, against two yardsticks: signed slash commands from a load generator
// (this process) to (a) a bare Bolt 5 app that only acknowledges, (b) a naive Bolt app that
// acknowledges, runs one Prisma query and answers at response_url, and (c) the real bot
// (dist/src/main.js), each in its own process, with a fake Slack Web API in another. Rounds
// alternate bare, naive, bot, so a machine that slows down slows all three alike.
//   npm run bench:slack            (BENCH_QUICK=1 for a short run; BENCH_POSTGRES_URL=postgresql://…
//                                   for the same on a PostgreSQL server)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/support/program.js';
import { startBot } from './support/bot-process.js';
import { benchDatabase, benchProvider } from './support/databases.js';
import { startFakeSlack } from './support/fake-slack-process.js';
import { burst, closedLoop, type Sent } from './support/load.js';
import { startProcess, tsEntry, type Child } from './support/processes.js';
import { CHANNEL, dueDate, MEMBERS, seedThroughBot } from './support/slack-case.js';
import { signedSlash, slashStream } from './support/slash-requests.js';
import { percentile, printBench, printTable, range, round, summarize, type Summary } from './support/stats.js';

const QUICK = process.env.BENCH_QUICK === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 2));
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 2 : 5));
/** How long answers may keep arriving after a run before the rest count as never answered. */
const DRAIN_MS = QUICK ? 4000 : 8000;
const CONNECTIONS = [10, 50];
const BURST = 200;
const ACK_LIMIT_MS = 3000;

const due = dueDate();
const WORKLOADS: { name: string; text: (n: number) => string }[] = [
  { name: 'läge', text: () => 'läge' },
  // Its answer is the action's card posted in the channel: the tag names the request there.
  { name: 'åtgärd ny', text: (n) => `åtgärd ny "Ring företagets HR om jobbmässan [bench:{id}]" ansvarig=<@${MEMBERS[(n + 1) % MEMBERS.length]!.id}> senast=${due}` },
  { name: 'rösta 1 Ja', text: () => 'rösta 1 Ja' },
];

interface Target {
  name: 'bare' | 'naive' | 'bot';
  origin: string;
  child: Child;
  /** Whether it answers at all (the bare app only acknowledges). */
  answers: boolean;
}

const dir = await mkdtemp(join(tmpdir(), 'samverkan-bench-slack-'));
const fake = await startFakeSlack(MEMBERS);
const ports = { bare: await freePort(), naive: await freePort(), bot: await freePort() };
const appEnv = (port: number) => ({ PORT: String(port), SLACK_API_URL: fake.apiUrl });
const ready = (line: string) => line.startsWith('{"ready"');
const botSpec = { databaseUrl: await benchDatabase('bot', dir), apiUrl: fake.apiUrl, port: ports.bot, cwd: dir };
console.log(`database: ${benchProvider}`);

const targets: Target[] = [
  { name: 'bare', origin: `http://127.0.0.1:${ports.bare}`, answers: false, child: await startProcess({ name: 'bare Bolt', args: tsEntry('bench/apps/bare-bolt.ts'), env: appEnv(ports.bare), ready }) },
  {
    name: 'naive', origin: `http://127.0.0.1:${ports.naive}`, answers: true,
    child: await startProcess({ name: 'naive Bolt', args: tsEntry('bench/apps/naive-bolt.ts'), env: { ...appEnv(ports.naive), DATABASE_URL: await benchDatabase('naive', dir), BENCH_CHANNEL: CHANNEL.id }, ready }),
  },
  { name: 'bot', origin: `http://127.0.0.1:${ports.bot}`, answers: true, child: await startBot(botSpec) },
];
const bot = targets[2]!;
const botRssAtReady = round(bot.child.rssMb());
const seedAnswers = await seedThroughBot(bot.origin, fake);
console.log(`seeded through the bot:\n  ${seedAnswers.join('\n  ')}`);

/** A bot still working through a backlog would slow the next rounds: it starts afresh instead. */
let botRestarts = 0;
async function settle(target: Target, sent: readonly Sent[]): Promise<void> {
  if (!target.answers) return;
  const missing = await fake.settle(sent.filter((s) => s.status === 200).map((s) => s.id), DRAIN_MS, 3000);
  if (missing && target === bot) {
    await bot.child.stop(true);
    bot.child = await startBot(botSpec);
    botRestarts++;
  }
}

interface RoundResult extends Summary {
  workload: string;
  connections: number;
  target: string;
  round: number;
}
const rounds: RoundResult[] = [];
for (const workload of WORKLOADS) {
  for (const connections of CONNECTIONS) {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of targets) {
        const next = slashStream(fake, (n) => ({ user: MEMBERS[n % MEMBERS.length]!, channel: CHANNEL, text: workload.text(n) }));
        const run = await closedLoop({ origin: target.origin, connections, seconds: SECONDS, next });
        await settle(target, run.sent);
        rounds.push({ workload: workload.name, connections, target: target.name, round, ...summarize(run, target.answers ? fake.arrivals : undefined) });
        process.stderr.write('.');
      }
    }
  }
}

/** 200 writes at once, half comments on action #1 and half votes on poll #1, from all members. */
interface BurstResult {
  target: string;
  requests: number;
  acked: number;
  ackedWithin3s: number;
  ackP50Ms: number | null;
  ackP99Ms: number | null;
  answeredWithin3s?: number;
  answered?: number;
}
const bursts: BurstResult[] = [];
for (const target of targets) {
  const requests = Array.from({ length: BURST }, (_, i) => signedSlash(fake, MEMBERS[i % MEMBERS.length]!, CHANNEL, i % 2 ? `rösta 1 ${i % 4 === 1 ? 'Ja' : 'Nej'}` : `åtgärd kommentar 1 "Samtidig kommentar ${i}"`));
  const sent = await burst(target.origin, requests);
  await settle(target, sent);
  const acks = sent.filter((s) => s.status === 200).map((s) => s.ackAt! - s.sentAt).sort((a, b) => a - b);
  const answers = sent.map((s) => (fake.arrivals.get(s.id) ?? Infinity) - s.sentAt);
  bursts.push({
    target: target.name, requests: BURST, acked: acks.length, ackedWithin3s: acks.filter((ms) => ms <= ACK_LIMIT_MS).length,
    ackP50Ms: round(percentile(acks, 50)), ackP99Ms: round(percentile(acks, 99)),
    ...(target.answers ? { answeredWithin3s: answers.filter((ms) => ms <= ACK_LIMIT_MS).length, answered: answers.filter(Number.isFinite).length } : {}),
  });
}

const groups = new Map<string, RoundResult[]>();
for (const r of rounds) groups.set(`${r.workload}|${r.connections}|${r.target}`, [...(groups.get(`${r.workload}|${r.connections}|${r.target}`) ?? []), r]);
printTable(
  `Slack HTTP, signed slash commands, ${SECONDS} s closed loop per round, ${ROUNDS} round(s); ranges over rounds${QUICK ? ' (BENCH_QUICK)' : ''}`,
  ['command', 'conns', 'app', 'acks/s', 'ack p50 ms', 'ack p99 ms', 'answered/s', 'answer p50 ms', 'answer p99 ms', 'unanswered'],
  [...groups.values()].map((g) => [
    g[0]!.workload, String(g[0]!.connections), g[0]!.target,
    range(g.map((r) => r.ackPerS)), range(g.map((r) => r.ackP50Ms)), range(g.map((r) => r.ackP99Ms)),
    range(g.map((r) => r.answeredPerS)), range(g.map((r) => r.answerP50Ms), `>${DRAIN_MS / 1000} s`), range(g.map((r) => r.answerP99Ms), `>${DRAIN_MS / 1000} s`),
    range(g.map((r) => r.unanswered)),
  ]),
);
printTable(`${BURST} simultaneous writes (comments and votes), one connection each`, ['app', 'acked', 'acked ≤3 s', 'ack p50 ms', 'ack p99 ms', 'answered ≤3 s', 'answered'],
  bursts.map((b) => [b.target, ...[b.acked, b.ackedWithin3s, b.ackP50Ms, b.ackP99Ms, b.answeredWithin3s, b.answered].map((x) => range([x]))]));
console.log(`\nbot RSS at ready ${botRssAtReady} MB; bot restarted ${botRestarts} time(s) to drop a backlog that did not drain within ${DRAIN_MS / 1000} s`);

for (const target of targets) await target.child.stop(true);
await fake.child.stop(true);
await rm(dir, { recursive: true, force: true });
printBench({ bench: 'slack', database: benchProvider, quick: QUICK, seconds: SECONDS, rounds: ROUNDS, drainMs: DRAIN_MS, botRssAtReadyMb: botRssAtReady, botRestarts, results: rounds, bursts });
