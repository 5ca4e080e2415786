// Delivery keys (ProcessedEvent): a request only inserts its key; expired keys are pruned by the
// ticker's housekeeping, in batches, on an index, so a request's cost does not grow with traffic.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstDelivery, pruneProcessedEvents } from '../../src/store/processed-events.js';
import { openCountingDb, type CountingDb } from '../support/counting-db.js';
import { scansIn } from '../support/query-plans.js';
import { createTestBot, type TestBot } from '../support/testbot.js';
import { onPostgres } from '../support/database.js';

const NOW = new Date('2026-11-30T07:00:00Z');
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(NOW.getTime() - hours * HOUR);

// Counts statements and reads query plans of SQLite's client (support/counting-db.ts, query-plans.ts); the queries are the same on PostgreSQL.
describe.skipIf(onPostgres)('delivery keys', () => {
  let tb: TestBot;
  let counting: CountingDb;
  beforeEach(async () => {
    tb = await createTestBot();
    counting = await openCountingDb(tb.url);
  });
  afterEach(async () => {
    await counting.db.$disconnect();
    await tb.close();
  });

  const keysReceivedAt = (n: number, prefix: string, at: Date) =>
    tb.db.processedEvent.createMany({ data: Array.from({ length: n }, (_, i) => ({ key: `slack:${prefix}${i}`, receivedAt: at })) });

  it('a delivery sends one insert and deletes nothing, with expired keys in the table', async () => {
    await keysReceivedAt(100, 'old', ago(48));
    const from = counting.queries();
    expect(await firstDelivery(counting.db, 'slack:Ev1', NOW)).toBe(true);
    expect(counting.sql(from)).toEqual([expect.stringMatching(/^INSERT INTO `main`.`ProcessedEvent`/)]);
    expect(await firstDelivery(counting.db, 'slack:Ev1', NOW)).toBe(false);
    expect(await tb.db.processedEvent.count()).toBe(101);
  });

  it('the prune deletes the keys older than a day in batches and keeps the others', async () => {
    await keysReceivedAt(403, 'old', ago(25));
    await keysReceivedAt(3, 'day', ago(24));
    await keysReceivedAt(3, 'new', NOW);
    const from = counting.queries();
    expect(await pruneProcessedEvents(counting.db, NOW)).toBe(403);
    expect(counting.sql(from).filter((q) => q.startsWith('DELETE')).length).toBe(3);
    expect((await tb.db.processedEvent.findMany({ orderBy: { key: 'asc' } })).map((e) => e.key)).toEqual(['slack:day0', 'slack:day1', 'slack:day2', 'slack:new0', 'slack:new1', 'slack:new2']);
    expect(await pruneProcessedEvents(counting.db, NOW)).toBe(0);
  });

  it('the prune reads and deletes through indexes, never the whole table', async () => {
    await keysReceivedAt(3, 'old', ago(25));
    const from = counting.queries();
    await pruneProcessedEvents(counting.db, NOW);
    expect(await scansIn(tb.db, counting.sql(from))).toEqual([]);
  });
});
