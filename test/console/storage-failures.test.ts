// A storage that cannot be written (read-only, full) gets a short answer in the user's language
// and one log line, changes nothing, and the bot works again as soon as the storage does.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEW_CASE } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';
import { setReadOnly } from '../support/database.js';
import { onPostgres } from '../support/database.js';

const SV = 'Jag kan inte spara något just nu, så inget har ändrats. Försök igen om en stund.';
const EN = 'I cannot store anything right now, so nothing was changed. Please try again shortly.';

describe('when the storage fails', () => {
  let tb: TestBot;
  const lines: Record<string, unknown>[] = [];
  beforeEach(async () => {
    lines.length = 0;
    const sink = new Writable({ write: (chunk, _, done) => { lines.push(JSON.parse(String(chunk)) as Record<string, unknown>); done(); } });
    tb = await createTestBot({ logger: pino({ level: 'error' }, sink) });
    await tb.say(NEW_CASE);
  });
  afterEach(async () => { await tb.close(); });

  it('answers a write on a read-only database in the user\'s language, still answers reads, and recovers', async () => {
    await setReadOnly(tb.db, true);
    const before = await snapshot(tb.db);
    expect(await tb.text('åtgärd ny "Boka lokal" ansvarig=@anna senast=2026-12-01')).toBe(SV);
    expect(await tb.text('action new "Book a room" owner=@anna due=2026-12-01')).toBe(EN);
    expect(await tb.text('ärende visa')).toContain('Konga Bruk konkurs');
    expect(await tb.text('hjälp')).toContain('*ärende* – ');
    expect(await tb.text('@nykomling hjälp')).toBe(SV);
    expect(lines.map((l) => l.msg)).toEqual(['storage unavailable', 'storage unavailable', 'storage unavailable']);
    await setReadOnly(tb.db, false);
    expect(await snapshot(tb.db)).toEqual(before);
    expect(await tb.text('åtgärd ny "Boka lokal" ansvarig=@anna senast=2026-12-01')).toContain('Boka lokal');
  });

  // A file that may not grow is SQLite's; PostgreSQL's full disk (SQLSTATE 53100) is a storage failure the same way (src/store/failures.ts).
  it.skipIf(onPostgres)('answers on a full database instead of failing, and recovers when there is room again', async () => {
    // A full disk: the file may not grow, so agenda items fill it up until one does not fit.
    const [row] = await tb.db.$queryRawUnsafe<{ page_count: bigint }[]>('PRAGMA page_count');
    const pages = row!.page_count;
    await tb.db.$queryRawUnsafe(`PRAGMA max_page_count = ${pages}`);
    const long = 'x'.repeat(300);
    let answer = '';
    let before = await snapshot(tb.db);
    for (let i = 0; i < 200 && answer !== SV; i++) {
      before = await snapshot(tb.db);
      answer = await tb.text(`dagordning lägg till "${long}"`);
    }
    expect(answer).toBe(SV);
    expect(await snapshot(tb.db)).toEqual(before);
    await tb.db.$queryRawUnsafe('PRAGMA max_page_count = 1073741823');
    expect(lines.map((l) => l.msg)).toEqual(['storage unavailable']);
    expect(await tb.text(`dagordning lägg till "${long}"`)).toContain('lade till punkt');
  });
});
