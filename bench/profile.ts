// The bot under `node --cpu-prof` while one slash command is sent in a closed loop, as bench:slack
// sends it, on the case bench:slack sets up; then its CPU time during the measured seconds by
// package and by kind: where a command's time goes.
//   npm run bench:profile    (BENCH_COMMAND=läge | "åtgärd ny" | "rösta 1 Ja"; BENCH_SECONDS, default 10;
//                             BENCH_CONNECTIONS, default 10)
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/support/program.js';
import { startBot } from './support/bot-process.js';
import { readProfile, summarizeProfile, type ProfileShare } from './support/cpu-profile.js';
import { startFakeSlack } from './support/fake-slack-process.js';
import { closedLoop } from './support/load.js';
import { CHANNEL, dueDate, MEMBERS, seedThroughBot } from './support/slack-case.js';
import { slashStream } from './support/slash-requests.js';
import { printBench, printTable, summarize } from './support/stats.js';

const COMMAND = process.env.BENCH_COMMAND ?? 'läge';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const due = dueDate();
const texts: Record<string, (n: number) => string> = {
  'läge': () => 'läge',
  'åtgärd ny': (n) => `åtgärd ny "Ring företagets HR om jobbmässan [bench:{id}]" ansvarig=<@${MEMBERS[(n + 1) % MEMBERS.length]!.id}> senast=${due}`,
  'rösta 1 Ja': () => 'rösta 1 Ja',
};
const text = texts[COMMAND];
if (!text) throw new Error(`BENCH_COMMAND: one of ${Object.keys(texts).join(', ')}`);

const dir = await mkdtemp(join(tmpdir(), 'samverkan-bench-profile-'));
const fake = await startFakeSlack(MEMBERS);
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
// Profile times count from the process's start, which its ready line gives in wall-clock time.
let processStart = 0;
let readyMs = 0;
const bot = await startBot({
  databaseUrl: `file:${join(dir, 'bot.db')}`, apiUrl: fake.apiUrl, port, cwd: dir,
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  onLine: (line) => {
    if (!line.includes('"msg":"ready"')) return;
    const ready = JSON.parse(line) as { time: number; msSinceProcessStart: number };
    processStart = ready.time - ready.msSinceProcessStart;
    readyMs = ready.msSinceProcessStart;
  },
});
await seedThroughBot(origin, fake);
const next = () => slashStream(fake, (n) => ({ user: MEMBERS[n % MEMBERS.length]!, channel: CHANNEL, text: text(n) }));
// A warm-up (code compiled, the chart drawn), a pause, then the measured seconds.
await closedLoop({ origin, connections: CONNECTIONS, seconds: 2, next: next() });
await new Promise((resolve) => setTimeout(resolve, 3000));
const from = Date.now() - processStart;
const run = await closedLoop({ origin, connections: CONNECTIONS, seconds: SECONDS, next: next() });
const to = Date.now() - processStart;
await new Promise((resolve) => setTimeout(resolve, 3000));
const load = summarize(run, fake.arrivals);
// Without its Slack the bot stops at once (the profile is written at a clean exit), instead of
// posting a backlog of channel messages at one a second first.
await fake.child.stop(true);
await bot.stop();
const file = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error('the bot wrote no profile');
const cpu = await readProfile(join(dir, file));
const profile = summarizeProfile(cpu, from, to);
const startup = summarizeProfile(cpu, 0, readyMs);
await rm(dir, { recursive: true, force: true });

const rows = (shares: ProfileShare[]) => shares.map((p) => [p.name, `${p.ms.toLocaleString('en')} ms`, `${p.percent} %`]);
const header = ['', 'self time', 'of busy'];
const title = `${COMMAND}, ${CONNECTIONS} connections, ${SECONDS} s: ${load.ackPerS} acks/s; main thread busy ${profile.busyMs.toLocaleString('en')} of ${profile.windowMs.toLocaleString('en')} ms`;
printTable(`${title}\nself time by kind`, header, rows(profile.kinds));
printTable('self time by package (top 15)', header, rows(profile.packages.slice(0, 15)));
printTable(`start-up to the ready line (${readyMs.toLocaleString('en')} ms, a new file: its migrations run), self time by package (top 10)`, header, rows(startup.packages.slice(0, 10)));
printBench({ bench: 'profile', command: COMMAND, connections: CONNECTIONS, seconds: SECONDS, ackPerS: load.ackPerS, answeredPerS: load.answeredPerS, profile, readyMs, startup });
