// Several instances on one PostgreSQL database (issue 13): two real bot processes, each serving
// Slack over HTTP and Teams, behind no sticky routing: signed slash commands and Teams activities
// go to both in turn, each delivered at the same moment to the other instance too, as a platform's
// retry could be. Both schedulers tick through Monday 08:00 (the digest, a poll's deadline, the
// poll and action reminders). Every command is stored once and answered once; every digest,
// result and reminder is delivered once. Then one instance is killed with SIGKILL in the middle of
// a burst of commands, and the other finishes the work, the rows the dead one had leased too.
//
// The bots run on a clock the test moves: Debian's libfaketime, preloaded with a timestamp file
// that holds an offset to the real clock (the `faketime` command sets FAKETIME, which would take
// precedence over the file). Each bot starts ten minutes before 08:00 on a Monday; when the
// commands are done, the test moves the clock to a few seconds before 08:00, and after the kill
// past the dead instance's leases (DEFAULT_RETRY.leaseMs, two minutes), while the bots are idle.
// This process reads the same clock (Date.now), so the fake Slack's timestamps — which the bot
// searches when it repeats a delivery — and the signed requests agree with the bots'.
//
// MULTI_INSTANCE_ROUNDS (default 1) repeats the scenario, each round on a fresh database.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RETRY } from '../../src/outbox/sender.js';
import { isSwedishWorkingDay } from '../../src/schedule/working-days.js';
import { organisationNamed } from '../../src/store/cases.js';
import { openDb, type Db } from '../../src/store/client.js';
import { projectRoot } from '../../src/store/paths.js';
import { addDays, toIso, weekday, type LocalDate } from '../../src/time/local-date.js';
import { todayIn, zonedToUtc } from '../../src/time/zone.js';
import { freshDatabase, onPostgres, type FreshDatabase } from '../support/database.js';
import { FakeConnector, type ConnectorCall } from '../support/fake-connector.js';
import { FakeSlack, USERS, type FakeUser, type SlackCall } from '../support/fake-slack.js';
import { freePort, ready, startProgram, type ProgramResult } from '../support/program.js';
import { postSigned, slashCommand, type Channel } from '../support/slack-payloads.js';
import { activityText, cardAction, channelMessage, ERIK, TENANT, type WireActivity } from '../support/teams.js';

const ROUNDS = Number(process.env.MULTI_INSTANCE_ROUNDS ?? 1);
const CASES = 3;
const BURST_PER_CASE = 8;
const SECRET = 'a-signing-secret-for-two-instances';
const BALLOT_SECRET = 'one-ballot-secret-for-every-instance';
const ZONE = 'Europe/Stockholm';
const [ANNA, , JOHN] = USERS as [FakeUser, FakeUser, FakeUser];
const realNow = Date.now;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Debian's libfaketime (package libfaketime, which `faketime` depends on); the MT build for Node's threads. */
function libfaketime(): string {
  const found = readdirSync('/usr/lib').map((dir) => join('/usr/lib', dir, 'faketime', 'libfaketimeMT.so.1')).find((file) => existsSync(file));
  if (!found) throw new Error('libfaketime not found: apt-get install faketime');
  return found;
}

/** The next Monday, at least two days ahead, that is a working day (the action reminders run on those only). */
function nextMonday(): LocalDate {
  let day = addDays(todayIn(new Date(realNow()), ZONE), 2);
  while (weekday(day) !== 1 || !isSwedishWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The clock of the bots and of this process: the real one plus an offset in whole seconds, kept in libfaketime's file. */
class SharedClock {
  #offsetS = 0;
  constructor(readonly file: string) {}

  now(): number {
    return realNow() + this.#offsetS * 1000;
  }

  /** Every clock reads `at` (up to a second later) once the bots have read the file again (each second). */
  async set(at: Date): Promise<void> {
    this.#offsetS = Math.ceil((at.getTime() - realNow()) / 1000);
    await writeFile(this.file, `${this.#offsetS < 0 ? '-' : '+'}${Math.abs(this.#offsetS)}\n`);
  }

  async settle(): Promise<void> {
    await sleep(1_500);
  }
}

interface Instance {
  name: string;
  origin: string;
  child: ReturnType<typeof startProgram>['child'];
  done: Promise<ProgramResult>;
  /** Its log lines (JSON). */
  log: Record<string, unknown>[];
}

interface Sent {
  to: Instance;
  /** The HTTP status, or 0 when the request failed (the instance was gone). */
  status: number;
  body?: unknown;
}

/** Polls `check` until it holds; fails with `what` after `ms`. */
async function until(what: string, check: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const start = realNow();
  while (!(await check())) {
    if (realNow() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Reads `state` every `quietMs` until it reads the same twice. */
async function quiet(what: string, state: () => Promise<string>, quietMs = 2_000, ms = 60_000): Promise<void> {
  let last = await state();
  for (const start = realNow(); ; last = await state()) {
    if (realNow() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(quietMs);
    if ((await state()) === last) return;
  }
}

const countBy = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

describe.skipIf(!onPostgres)('two instances on one PostgreSQL database', () => {
  // SQLite serves one process by design (a lock on the file): several instances need PostgreSQL,
  // so this runs when TEST_DATABASE_URL names a server.
  let database: FreshDatabase;
  let db: Db;
  let slack: FakeSlack;
  let connector: FakeConnector;
  let clock: SharedClock;
  let instances: Instance[];
  let everyInstance: Instance[];
  // The program as `npm start` runs it, compiled once for every round: tsx would compile it again
  // in each process. Inside dist/ (ignored by git) so that the packages resolve as for npm start.
  const build = join(projectRoot, 'dist', `e2e-instances-${process.pid}`);
  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(projectRoot, 'tsconfig.build.json'), '--outDir', build]);
  }, 180_000);
  afterAll(() => rm(build, { recursive: true, force: true }));

  beforeEach(async () => {
    database = await freshDatabase();
    db = await openDb(database.url);
    slack = await new FakeSlack().start();
    connector = await new FakeConnector().start();
    clock = new SharedClock(join(database.dir, 'faketime'));
    instances = [];
    everyInstance = [];
  });

  afterEach(async ({ task }) => {
    vi.restoreAllMocks();
    // A failed round shows what the instances complained about.
    if (task.result?.state === 'fail') {
      for (const i of everyInstance) console.error(`instance ${i.name}:\n${i.log.filter((l) => Number(l.level) >= 40).slice(-30).map((l) => JSON.stringify(l)).join('\n')}`);
    }
    for (const i of instances) i.child.kill('SIGKILL');
    await Promise.all(instances.map((i) => i.done));
    await slack.stop();
    await connector.stop();
    await db.$disconnect();
    await database.drop();
  });

  async function start(name: string): Promise<Instance> {
    const port = await freePort();
    const { child, done } = startProgram({
      DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'info', BALLOT_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-two-instances', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl,
      TEAMS_ALLOW_UNAUTHENTICATED: '1', TEAMS_SERVICE_URL: connector.url,
      LD_PRELOAD: libfaketime(), FAKETIME_TIMESTAMP_FILE: clock.file, FAKETIME_CACHE_DURATION: '1',
    }, projectRoot, join(build, 'src', 'main.js'));
    const instance: Instance = { name, origin: `http://127.0.0.1:${port}`, child, done, log: [] };
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (line.startsWith('{')) instance.log.push(JSON.parse(line) as Record<string, unknown>);
    });
    instances.push(instance);
    everyInstance.push(instance);
    await ready(child, done);
    return instance;
  }

  // Requests go to the instances in turn, as a load balancer without sticky sessions sends them.
  let turn = 0;
  const next = () => instances[turn++ % instances.length]!;
  const other = (to: Instance) => instances.find((i) => i !== to)!;

  async function post(to: Instance, send: () => Promise<Response>): Promise<Sent> {
    try {
      const res = await send();
      const text = await res.text();
      return { to, status: res.status, body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
    } catch {
      return { to, status: 0 };
    }
  }

  /** A signed slash command (the same trigger_id however often it is sent); its answer goes to the fake Slack's response URL `id`. */
  function slash(user: FakeUser, channel: Channel, text: string, id: string): (to: Instance) => Promise<Sent> {
    const body = new URLSearchParams(slashCommand(user, channel, text, slack.responseUrl(id))).toString();
    return (at) => post(at, () => postSigned(`${at.origin}/slack/events`, SECRET, body));
  }

  function teams(activity: WireActivity): (to: Instance) => Promise<Sent> {
    return (at) => post(at, () => fetch(`${at.origin}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }));
  }

  /** Sends each request to the next instance and, at the same moment, again to the other one. */
  async function twice(requests: ((to: Instance) => Promise<Sent>)[]): Promise<Sent[][]> {
    return Promise.all(requests.map((send) => {
      const to = next();
      return Promise.all([send(to), send(other(to))]);
    }));
  }

  async function seed(at: Date): Promise<void> {
    const anna = await db.user.create({ data: { platform: 'slack', externalId: ANNA.id, displayName: ANNA.realName, createdAt: at } });
    const john = await db.user.create({ data: { platform: 'slack', externalId: JOHN.id, displayName: JOHN.realName, createdAt: at } });
    // Erik installed the bot in a personal chat: his reminders go there.
    const dmAddress = JSON.stringify({ serviceUrl: connector.url, conversationId: 'a:personal-erik', tenantId: TENANT });
    const erik = await db.user.create({ data: { platform: 'teams', externalId: ERIK.id, displayName: ERIK.name, dmAddress, createdAt: at } });
    for (let k = 1; k <= CASES; k++) {
      const address = JSON.stringify({ serviceUrl: connector.url, conversationId: teamsChannel(k), tenantId: TENANT });
      const c = await db.case.create({
        data: {
          title: `Ärende ${k}`, company: `Bruk ${k} AB`, municipality: 'Tingsryd', kind: 'konkurs', affected: 100, createdAt: at,
          channels: { create: [{ platform: 'slack', channelId: slackChannel(k).id, name: slackChannel(k).name, createdAt: at }, { platform: 'teams', channelId: teamsChannel(k), name: 'samverkan', address, createdAt: at }] },
        },
      });
      for (const [user, role, org] of [[anna, 'leader', 'Kommunen'], [erik, 'member', 'TRR'], [john, 'member', 'Arbetsförmedlingen']] as const) {
        await db.member.create({ data: { caseId: c.id, userId: user.id, role, organisationId: await organisationNamed(db, c.id, org), joinedAt: at } });
      }
    }
  }

  const slackChannel = (k: number): Channel => ({ id: `C00${k}`, name: `samverkan-${k}` });
  const teamsChannel = (k: number) => `19:arende-${k}@thread.tacv2`;
  /** What a call to either fake posted: Slack's fallback text, or the Teams activity's. */
  const textOf = (call: SlackCall | ConnectorCall) => ('args' in call ? String(call.args.text) : activityText(call));
  const slackPosts = (channel: string) => slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel).map((c) => String(c.args.text));
  const teamsPosts = (conversation: string) => connector.posted(conversation).map(activityText);
  const pending = () => db.outboxMessage.count({ where: { status: 'pending' } });

  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round} of ${ROUNDS}: commands, Monday 08:00 and a SIGKILL, each done once`, async () => {
      const monday = nextMonday();
      const today = toIso(monday);
      const eight = zonedToUtc({ ...monday, hour: 8, minute: 0 }, ZONE);
      vi.spyOn(Date, 'now').mockImplementation(() => clock.now());
      await clock.set(new Date(eight.getTime() - 10 * 60_000));
      await seed(new Date(eight.getTime() - 7 * 86_400_000));
      const started = realNow();
      let lapStart = started;
      const laps: string[] = [];
      const lap = (what: string) => {
        laps.push(`${what} ${((realNow() - lapStart) / 1000).toFixed(1)} s`);
        lapStart = realNow();
      };
      const [a] = await Promise.all([start('a'), start('b')]);
      lap('start-up');

      // 1. Commands, each sent to one instance and at once to the other, in three steps (a poll before
      // its votes). Creating and changing things answers with a post to the case's channels; a vote
      // answers its voter alone (at the response URL, or in the click's response).
      let requests = 0;
      const id = () => `r${++requests}`;
      const votes: string[] = [];
      const vote = (user: FakeUser, k: number, line: string) => {
        votes.push(`r${requests + 1}`);
        return slash(user, slackChannel(k), line, id());
      };
      const message = (k: number, text: string) => teams(channelMessage(connector.url, ERIK, text, [ERIK], teamsChannel(k)));
      const clicks: Sent[][] = [];
      for (const step of [
        (k: number) => [
          slash(ANNA, slackChannel(k), 'inställning påminnelsetid 08:00', id()),
          slash(ANNA, slackChannel(k), `omröstning ny "Jobbmässa ${k}?" stänger=${today} 08:00`, id()),
          slash(ANNA, slackChannel(k), `åtgärd ny "Boka lokal ${k}" ansvarig=<@${JOHN.id}> senast=${today}`, id()),
          message(k, `åtgärd ny "Ring TRR ${k}" ansvarig=@${ERIK.name} senast=${today}`),
        ],
        (k: number) => [
          message(k, `omröstning ny "Studiebesök ${k}?" stänger=${toIso(addDays(monday, 1))} 08:00`),
          vote(ANNA, k, 'rösta 1 Ja'),
          vote(JOHN, k, 'rösta 1 Nej'),
          teams(cardAction(connector.url, ERIK, 'rösta 1 1', teamsChannel(k))),
        ],
        (k: number) => [vote(ANNA, k, 'rösta 2 Ja')],
      ]) {
        const sent = await twice(Array.from({ length: CASES }, (_, i) => step(i + 1)).flat());
        for (const pair of sent) expect(pair.map((s) => s.status)).toEqual([200, 200]);
        clicks.push(...sent.filter((pair) => pair.some((s) => typeof s.body === 'object')));
      }
      // Per channel: the setting's change, two poll cards, two action cards.
      const everyChannel = () => Array.from({ length: CASES }, (_, i) => [slackPosts(slackChannel(i + 1).id), teamsPosts(teamsChannel(i + 1))]).flat();
      await until('the answers and posts of the commands', async () => votes.every((v) => slack.responses.some((r) => r.id === v)) && everyChannel().every((posts) => posts.length >= 5) && (await pending()) === 0);
      await sleep(1_000);

      // Stored once: per case two polls, two actions, the setting, three votes and one.
      for (let k = 1; k <= CASES; k++) {
        const c = await db.case.findFirstOrThrow({ where: { title: `Ärende ${k}` }, include: { polls: { include: { _count: { select: { ballots: true } } } }, actions: true, settings: true } });
        expect(c.polls.map((p) => [p.number, p._count.ballots]).sort()).toEqual([[1, 3], [2, 1]]);
        expect(c.actions.map((x) => x.text).sort()).toEqual([`Boka lokal ${k}`, `Ring TRR ${k}`]);
        expect(c.settings).toMatchObject([{ name: 'reminderTime' }]);
      }
      // Answered and posted once.
      expect([...countBy(slack.responses.map((r) => r.id)).entries()].sort()).toEqual(votes.map((v) => [v, 1]).sort());
      for (const pair of clicks) expect(pair.map((s) => (s.body as { value: string }).value === '✓').sort()).toEqual([false, true]);
      for (const posts of everyChannel()) expect(posts).toHaveLength(5);
      for (const posts of everyChannel()) expect(new Set(posts).size).toBe(5);

      lap('commands');

      // 2. Monday 08:00 on both instances: the digest, poll #1's deadline, the reminders of poll #2 and of the actions due today.
      await clock.set(new Date(eight.getTime() - 3_000));
      // 90 s: a minute beat that node-cron finds late (over a second, on a loaded machine) is
      // skipped, and the next one runs the window it missed.
      await until('the jobs of 08:00 and their deliveries', async () => (await db.jobClaim.count()) === 4 * CASES && (await pending()) === 0, 90_000);
      await sleep(1_500);
      for (let k = 1; k <= CASES; k++) {
        for (const posts of [slackPosts(slackChannel(k).id), teamsPosts(teamsChannel(k))]) {
          expect(posts.filter((p) => p.includes(`Veckosammanfattning`))).toHaveLength(1);
          expect(posts.filter((p) => p.includes(`Omröstning #1 "Jobbmässa ${k}?" är stängd. Resultat: Ja vann med 2 av 3 röster.`))).toHaveLength(1);
        }
        for (const dms of [slackPosts(`D${JOHN.id.slice(1)}`), teamsPosts('a:personal-erik')]) {
          expect(dms.filter((p) => p.includes(`Påminnelse från Ärende ${k} – dina åtgärder`))).toHaveLength(1);
          expect(dms.filter((p) => p.includes(`Omröstning #2 i Ärende ${k}`))).toHaveLength(1);
        }
        // One tally: the count recorded at the close, and one decision.
        const poll = await db.poll.findFirstOrThrow({ where: { number: 1, case: { title: `Ärende ${k}` } }, include: { options: { orderBy: { position: 'asc' } } } });
        expect([poll.status, ...poll.options.map((o) => o.votes)]).toEqual(['closed', 2, 1, 0]);
        expect(await db.decision.count({ where: { pollId: poll.id } })).toBe(1);
      }
      expect(slackPosts(`D${ANNA.id.slice(1)}`)).toEqual([]);
      expect((await db.jobClaim.findMany()).map((j) => j.job).sort()).toEqual(['action_reminders', 'digest', 'poll_close', 'poll_reminder'].flatMap((j) => Array(CASES).fill(j)));
      const ranBy = instances.map((i) => i.log.filter((l) => l.msg === 'job ran').length);
      expect(ranBy.reduce((x, y) => x + y)).toBe(4 * CASES);

      lap('08:00');

      // 3. A burst of commands over both instances, half typed in Slack, half in Teams; instance a is
      // killed once a quarter of their cards are out. The texts have one length, so none contains another.
      const burst = Array.from({ length: CASES * BURST_PER_CASE }, (_, n) => {
        const k = 1 + (n % CASES);
        const text = `Burst ${k}-${String(n).padStart(2, '0')}`;
        const to = next();
        const send = n % 2
          ? teams(channelMessage(connector.url, ERIK, `åtgärd ny "${text}" ansvarig=@${ERIK.name} senast=2099-12-31`, [ERIK], teamsChannel(k)))
          : slash(ANNA, slackChannel(k), `åtgärd ny "${text}" ansvarig=<@${ANNA.id}> senast=2099-12-31`, id());
        return { text, to, sent: send(to) };
      });
      const burstText = (call: SlackCall | ConnectorCall) => /Burst \d-\d\d/.exec(textOf(call))?.[0];
      const burstCards = () => [...slack.callsTo('chat.postMessage'), ...connector.posted()].filter(burstText);
      // Killed right after it delivered a post, when it has most likely taken the next row of
      // that channel and waits for the channel's pace: that row's lease dies with it.
      const from = a.log.length;
      const delivered = () => a.log.slice(from).filter((l) => l.msg === 'outbox delivered' && l.platform === 'slack').length;
      let seen = delivered();
      let quarterAt: number | undefined;
      await until('a quarter of the burst', () => {
        const fresh = delivered() > seen;
        seen = delivered();
        if (burstCards().length < (CASES * BURST_PER_CASE * 2) / 4) return false;
        quarterAt ??= realNow();
        return fresh || realNow() - quarterAt > 5_000;
      });
      a.child.kill('SIGKILL');
      expect((await a.done).signal).toBe('SIGKILL');
      instances = instances.filter((i) => i !== a);
      const sent = await Promise.all(burst.map(async (b) => ({ ...b, result: await b.sent })));

      // The survivor is idle once its own work is done: what is still pending waits for the dead
      // instance's leases (a target's later rows wait behind its leased one).
      await quiet('the survivor to finish its own work', async () => JSON.stringify(await db.outboxMessage.groupBy({ by: ['status'], _count: true, orderBy: { status: 'asc' } })));
      lap('burst and kill');
      const leased = await db.outboxMessage.count({ where: { status: 'pending', nextAttemptAt: { gt: new Date(clock.now()) } } });
      await clock.set(new Date(clock.now() + DEFAULT_RETRY.leaseMs + 30_000));
      await until('the leases to run out and the outbox to drain', async () => (await pending()) === 0);
      await sleep(1_500);
      lap('leases');

      const actions = await db.action.findMany({ where: { text: { startsWith: 'Burst' } }, include: { case: true } });
      const stored = countBy(actions.map((x) => x.text));
      for (const command of sent) {
        // The survivor stores what it acknowledged, once; the dead instance at most once.
        if (command.to !== a) expect([command.result.status, stored.get(command.text)]).toEqual([200, 1]);
        else expect(stored.get(command.text) ?? 0).toBeLessThanOrEqual(1);
      }
      // Every stored action has its card once in its Slack channel, and in its Teams channel at
      // least once: Teams has no lookup of what was posted, so a row the dead instance posted but
      // could not mark sent is posted again (docs/ARCHITECTURE.md, "What a crash does").
      const rows = await db.outboxMessage.findMany({ where: { kind: 'post' } });
      for (const x of actions) {
        const k = Number(x.case.title.split(' ')[1]);
        expect(slackPosts(slackChannel(k).id).filter((p) => p.includes(x.text))).toHaveLength(1);
        const copies = teamsPosts(teamsChannel(k)).filter((p) => p.includes(x.text)).length;
        expect(copies).toBeGreaterThanOrEqual(1);
        if (copies > 1) expect([copies, rows.find((r) => r.platform === 'teams' && r.payload.includes(x.text))!.attempts]).toEqual([2, 2]);
      }
      expect(burstCards().every((c) => stored.has(burstText(c)!))).toBe(true);
      expect(await db.outboxMessage.count({ where: { status: { not: 'sent' } } })).toBe(0);

      const [survivor] = instances;
      survivor!.child.kill('SIGTERM');
      expect((await survivor!.done).code).toBe(0);
      instances = [];
      // How many posts one Slack channel got within a second (the fake's ts is the second it was posted).
      const mostPerSecond = Math.max(...countBy([...slack.messages.values()].map((m) => `${m.channel} ${m.ts.split('.')[0]}`)).values());
      console.info(`round ${round} in ${Math.round((realNow() - started) / 1000)} s (${laps.join(', ')}): jobs ran on a/b ${ranBy.join('/')}; ${sent.filter((s) => s.to === a).length} of ${sent.length} burst commands went to the killed instance, ${stored.size} stored; ${leased} rows waited for its leases; at most ${mostPerSecond} posts to one Slack channel within a second`);
    }, 240_000);
  }
});
