// How long a scheduler tick takes with many cases: an idle minute (nothing due), the Monday 08:00
// minute (one digest per case), and the sender delivering those digests.
//   npx tsx bench/schedule-tick.ts [cases=100]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CollectingDelivery } from '../adapters/console/scheduling.js';
import { ManualClock } from '../src/clock.js';
import { createLogger } from '../src/logger.js';
import { allJobs } from '../src/schedule/jobs/index.js';
import { Scheduler } from '../src/schedule/scheduler.js';
import { OutboxSender } from '../src/outbox/sender.js';
import { openDb } from '../src/store/client.js';
import { migrate } from '../src/store/migrations.js';
import { addAction, addMeeting, addMember, addPoll, addReport, seedCase } from '../test/support/seed.js';

const cases = Number(process.argv[2] ?? 100);
const dir = await mkdtemp(join(tmpdir(), 'samverkan-bench-'));
const url = `file:${join(dir, 'bench.db')}`;
await migrate(url);
const db = await openDb(url);
for (let i = 0; i < cases; i++) {
  const { case: c, leader } = await seedCase(db, { title: `Ärende ${i}`, channels: [`kanal-${i}`], leader: `ledare-${i}` });
  const member = await addMember(db, c.id, `medlem-${i}`, { org: 'TRR' });
  for (let n = 1; n <= 10; n++) await addAction(db, c.id, { number: n, text: `Åtgärd ${n}`, owner: member, due: `2026-11-${String(18 + n).padStart(2, '0')}` });
  await addPoll(db, c.id, { number: 1, question: 'Fråga?', options: ['Ja', 'Nej'], closesAt: new Date('2026-12-04T11:00:00Z'), by: leader });
  await addMeeting(db, c.id, { number: 1, startsAt: new Date('2026-12-03T12:00:00Z'), agenda: ['Läget'], by: leader });
  await addReport(db, c.id, { date: '2026-11-20', by: member, permanent: 50 });
}

const logger = createLogger('silent');
const scheduler = new Scheduler({ db, logger, jobs: allJobs('bench-ballot-secret-0123456789') });
const delivery = new CollectingDelivery();
const monday = new Date('2026-11-30T07:00:00Z');
const sender = new OutboxSender({ db, clock: new ManualClock(monday), logger, deliveries: [delivery] });

async function time<T>(label: string, work: () => Promise<T>, runs = 5): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[Math.floor(runs / 2)]!.toFixed(1)} ms, min ${ms[0]!.toFixed(1)} ms (${runs} runs, ${cases} cases)`);
}

await time('idle minute tick', () => scheduler.runDue(new Date('2026-11-30T05:00:00Z'), new Date('2026-11-30T05:01:00Z')));
await time('Monday 08:00 tick (digests)', () => scheduler.runDue(new Date('2026-11-30T06:59:00Z'), monday), 1);
await time('sender flush (digests)', () => sender.flush(), 1);
console.log(`delivered ${delivery.take().length}`);
await db.$disconnect();
await rm(dir, { recursive: true, force: true });
