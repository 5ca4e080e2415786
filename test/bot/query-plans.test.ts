// Commands typed all day read what they show through indexes, never a whole table: a table scan
// costs nothing in a new case and milliseconds per statement once 500 cases share the file (a
// poll's card read every Action row; the digest counted the whole Ballot table). Each
// statement a command sends is checked with EXPLAIN QUERY PLAN (support/query-plans.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot.js';
import { createLogger } from '../../src/logger.js';
import { plainText } from '../../src/text/plain.js';
import { testCharts } from '../support/charts.js';
import { openCountingDb, type CountingDb } from '../support/counting-db.js';
import { scansIn } from '../support/query-plans.js';
import { isFailure, refusalKey } from '../support/refusals.js';
import { createTestBot, type TestBot } from '../support/testbot.js';
import { onPostgres } from '../support/database.js';

// Reads SQLite's query plans (support/query-plans.ts); PostgreSQL plans by its own statistics, and the same indexes exist there.
describe.skipIf(onPostgres)('query plans of everyday commands', () => {
  let tb: TestBot;
  let counting: CountingDb;
  let bot: Bot;
  beforeAll(async () => {
    tb = await createTestBot();
    await tb.run(`/samverkan ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70
@anna /samverkan medlem lägg till @erik org="IF Metall"
/samverkan läge rapportera tillsvidare=20 visstid=10 eget=3 studier=8 söker=130 datum=2026-10-01
/samverkan läge rapportera tillsvidare=45 visstid=10 eget=3 studier=8 söker=105 datum=2026-11-01
/samverkan omröstning ny "Mässa?" alternativ="Ja|Nej"
/samverkan omröstning ny "Jobbklubb?" alternativ="Ja|Nej"
/samverkan åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-12-20
/samverkan möte ny 2026-12-10 13:00
/samverkan dagordning lägg till "Läget"`);
    await tb.text('omröstning stäng 2');
    counting = await openCountingDb(tb.url);
    bot = new Bot({ db: counting.db, clock: tb.clock, logger: createLogger('silent'), registry: tb.registry, defaultLocale: 'sv', defaultTimeZone: 'Europe/Stockholm', ballotSecret: tb.ballotSecret, charts: testCharts(createLogger('silent')) });
  });
  afterAll(async () => {
    await counting.db.$disconnect();
    await tb.close();
  });

  it.each([
    ['anna', 'läge'],
    ['anna', 'ärende visa'],
    ['anna', 'åtgärd ny "Ring TRR" ansvarig=@erik senast=2026-12-21'],
    ['erik', 'åtgärd lista mina'],
    ['erik', 'åtgärd kommentar 1 "Bokat"'],
    ['erik', 'åtgärd klar 1'],
    ['erik', 'rösta 1 Ja'],
    ['anna', 'omröstning visa 2'],
    ['anna', 'omröstning lista'],
    ['anna', 'dagordning visa'],
    ['anna', 'sammanfattning'],
  ])('%s: %s', async (user, text) => {
    const from = counting.queries();
    const stored = await tb.db.outboxMessage.count();
    const replies = await bot.handle({ platform: 'console', user: { id: user, name: user }, channel: { id: 'samverkan' }, text });
    // The command did its work: it answered or posted, and was neither refused nor failed.
    expect(replies.length + (await tb.db.outboxMessage.count()) - stored).toBeGreaterThan(0);
    for (const r of replies.map((r) => plainText(r.message.text))) expect([refusalKey(r), isFailure(r)]).toEqual([undefined, false]);
    expect(await scansIn(tb.db, counting.sql(from))).toEqual([]);
  });
});
