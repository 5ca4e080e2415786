// Statements on the request path once the file holds a day's and a year's data, as issue 12 found
// them and as they are now: a delivery key with 100,000 keys kept (a day of traffic), a poll's card
// and an action's card with 100,000 actions and comments in the file (500 cases). "before" runs on
// a copy of the file without the indexes migration 2026-11-26 added, the delivery key as each
// request sent it then (a DELETE by receivedAt, then the INSERT).
// Run with `npx vitest bench --run bench/store.bench.ts`.
import { copyFile } from 'node:fs/promises';
import { bench, describe } from 'vitest';
import { openDb, type Db } from '../src/store/client.js';
import { actionByNumber } from '../src/store/actions.js';
import { pollByNumber } from '../src/store/polls.js';
import { firstDelivery } from '../src/store/processed-events.js';
import { sqliteFilePath } from '../src/store/sqlite-url.js';
import { addMember, addPoll, seedCase } from '../test/support/seed.js';
import { freshDatabase } from '../test/support/testbot.js';

const ROWS = 100_000;
const DAY = 86_400_000;
const NOW = new Date('2026-11-30T07:00:00Z');

// Set up at module load: vitest's bench mode does not run beforeAll hooks before async benches.
const { url } = await freshDatabase();
const after = await openDb(url);
const { case: theCase, leader } = await seedCase(after);
const erik = await addMember(after, theCase.id, 'erik', { org: 'TRR' });
await addPoll(after, theCase.id, { number: 1, question: 'Mässa?', options: ['Ja', 'Nej'], by: leader });
for (let i = 0; i < ROWS; i += 5_000) {
  const batch = Array.from({ length: 5_000 }, (_, j) => i + j);
  await after.processedEvent.createMany({ data: batch.map((n) => ({ key: `slack:Ev${n}`, receivedAt: new Date(NOW.getTime() - (n % DAY)) })) });
  await after.action.createMany({ data: batch.map((n) => ({ caseId: theCase.id, number: n + 1, text: `Åtgärd ${n + 1}`, ownerId: erik.id, dueDate: '2026-12-20', createdById: leader.id, createdAt: NOW })) });
}
const actions = await after.action.findMany({ select: { id: true } });
for (let i = 0; i < ROWS; i += 5_000) {
  await after.actionComment.createMany({ data: actions.slice(i, i + 5_000).map((a) => ({ actionId: a.id, authorId: erik.id, text: 'Klart', createdAt: NOW })) });
}
await after.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
const beforeUrl = url.replace(/\.db$/, '-before.db');
await copyFile(sqliteFilePath(url), sqliteFilePath(beforeUrl));
const before: Db = await openDb(beforeUrl);
for (const index of ['ProcessedEvent_receivedAt_idx', 'Action_decisionId_idx', 'ActionComment_actionId_idx']) await before.$executeRawUnsafe(`DROP INDEX "${index}"`);

let delivery = 0;
// Longer than vitest's default half second, for enough samples of the slow cases.
const options = { time: 2_000 };

describe(`request path with ${ROWS.toLocaleString('en')} rows per table`, () => {
  bench('delivery key: INSERT (after)', async () => {
    await firstDelivery(after, `slack:new${++delivery}`, NOW);
  }, options);
  bench('delivery key: DELETE by receivedAt, INSERT, no index (before)', async () => {
    await before.processedEvent.deleteMany({ where: { receivedAt: { lt: new Date(NOW.getTime() - DAY) } } });
    await firstDelivery(before, `slack:new${++delivery}`, NOW);
  }, options);
  bench('poll card (after)', async () => {
    await pollByNumber(after, theCase.id, 1);
  }, options);
  bench('poll card, no index on Action.decisionId (before)', async () => {
    await pollByNumber(before, theCase.id, 1);
  }, options);
  bench('action card (after)', async () => {
    await actionByNumber(after, theCase.id, 1);
  }, options);
  bench('action card, no index on ActionComment.actionId (before)', async () => {
    await actionByNumber(before, theCase.id, 1);
  }, options);
});
