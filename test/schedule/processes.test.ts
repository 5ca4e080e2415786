// Exactly once across processes on one SQLite file: two schedulers at the same tick, and a
// scheduler killed with SIGKILL after its claim and before delivery (see the fixture for the hooks).
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { allJobs } from '../../src/schedule/jobs/index.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { openDb, type Db } from '../../src/store/client.js';
import { startFakeSlack, type FakeSlack } from '../support/slack-like.js';
import { addAction, seedGroup } from '../support/seed.js';
import { freshDatabase } from '../support/testbot.js';

const FIXTURE = new URL('./fixtures/scheduler-process.ts', import.meta.url).pathname;
// Monday 30 November: the digest at 08:00 and action reminders at 09:00.
const FROM = '2026-11-30T06:30:00Z';
const TO = '2026-11-30T08:30:00Z';

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
  /** Resolves with the printed report, or null when the process died without one; and its signal. */
  done: Promise<{ report: { run: { ran: unknown[]; taken: number }; sent: { sent: number } } | null; signal: NodeJS.Signals | null }>;
}

function startChild(mode: string, url: string, slack: FakeSlack): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], { env: { ...process.env, MODE: mode, DATABASE_URL: url, SLACK_URL: slack.url, FROM, TO }, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  let report: unknown = null;
  const ready = new Promise<void>((resolve) => lines.on('line', (line) => {
    const parsed = JSON.parse(line) as { ready?: boolean };
    if (parsed.ready) resolve();
    else report = parsed;
  }));
  const done = new Promise<Awaited<Child['done']>>((resolve) => child.on('exit', (_code, signal) => resolve({ report: report as never, signal })));
  return { process: child, ready, done };
}

const go = (child: Child) => child.process.stdin!.write('go\n');
// Each child starts tsx and the Prisma client: seconds on a loaded machine.
const SLOW = 120_000;

describe('exactly once across processes', () => {
  let db: Db;
  let url: string;
  let dir: string;
  let slack: FakeSlack;

  beforeEach(async () => {
    ({ url, dir } = await freshDatabase());
    db = await openDb(url);
    const { caseId, erik } = await seedGroup(db);
    await db.channelLink.updateMany({ data: { platform: 'slack', channelId: 'C-SAMVERKAN' } });
    await db.user.updateMany({ data: { platform: 'slack' } });
    await addAction(db, caseId, { number: 1, text: 'Boka lokal', owner: erik, due: '2026-11-20' });
    // The case's next occurrences are known before the children start, so both read the same due rows.
    await new Scheduler({ db, logger: createLogger('silent'), jobs: allJobs('no ballots in these scenarios') }).runDue(new Date(FROM), new Date(FROM));
    slack = await startFakeSlack();
  });
  afterEach(async () => {
    await slack.close();
    await db.$disconnect();
    await rm(dir, { recursive: true, force: true });
  });

  it('two schedulers on one database at the same tick deliver one digest and one reminder', async () => {
    const children = [startChild('tick', url, slack), startChild('tick', url, slack)];
    await Promise.all(children.map((c) => c.ready));
    children.forEach(go);
    const results = await Promise.all(children.map((c) => c.done));
    const reports = results.map((r) => r.report!);
    // Each either ran an occurrence or found it claimed; one that read the rows after the other
    // had moved them on found nothing due.
    for (const r of reports) expect(r.run.ran.length + r.run.taken).toBeLessThanOrEqual(2);
    expect(reports.reduce((n, r) => n + r.run.ran.length, 0)).toBe(2);
    expect(reports.reduce((n, r) => n + r.sent.sent, 0)).toBe(2);
    // Order holds per target only: two senders may deliver to different targets at once.
    expect(slack.posts.map((p) => `${p.channel}: ${p.text.split('\n')[0]}`).sort()).toEqual([
      'C-SAMVERKAN: *Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs*',
      'erik: Påminnelse från Konga Bruk konkurs – dina åtgärder:',
    ]);
    expect(await db.jobClaim.count()).toBe(2);
    expect(await db.outboxMessage.count({ where: { status: 'sent' } })).toBe(2);
  }, SLOW);

  it('a scheduler killed after its claim and before delivery: after restart the digest goes out once', async () => {
    const killed = startChild('kill-after-claim', url, slack);
    await killed.ready;
    go(killed);
    expect(await killed.done).toEqual({ report: null, signal: 'SIGKILL' });
    expect(slack.requests).toBe(0);
    expect(await db.outboxMessage.count({ where: { status: 'pending' } })).toBe(2);

    const restarted = startChild('restart', url, slack);
    await restarted.ready;
    go(restarted);
    const { report } = await restarted.done;
    // The killed run had moved the rows on: nothing is due, and the pending rows go out once.
    expect(report).toMatchObject({ run: { ran: [] }, sent: { sent: 2 } });
    expect(slack.posts.map((p) => p.text.split('\n')[0])).toEqual(['*Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs*', 'Påminnelse från Konga Bruk konkurs – dina åtgärder:']);
  }, SLOW);

  it('a scheduler killed inside the digest transaction leaves no claim; after restart the digest goes out once', async () => {
    const killed = startChild('kill-in-job', url, slack);
    await killed.ready;
    go(killed);
    expect((await killed.done).signal).toBe('SIGKILL');
    expect(await db.jobClaim.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);

    const restarted = startChild('restart', url, slack);
    await restarted.ready;
    go(restarted);
    expect((await restarted.done).report).toMatchObject({ run: { taken: 0 }, sent: { sent: 2 } });
    expect(slack.posts.filter((p) => p.text.startsWith('*Veckosammanfattning'))).toHaveLength(1);
    expect(await db.jobClaim.count({ where: { job: 'digest' } })).toBe(1);
  }, SLOW);
});
