// Start-up in the console: what was missed while it was not running is printed before the first
// line, once; then `:clock` prints what falls due on the way (JSON lines, DESIGN §4).
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runConsole } from '../../adapters/console/run.js';
import { consoleScheduling } from '../../adapters/console/scheduling.js';
import { ConsoleSession } from '../../adapters/console/session.js';
import { createLogger } from '../../src/logger.js';
import { addAction, seedGroup } from '../support/seed.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

describe('console start-up', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot({ start: new Date('2026-11-30T07:30:00Z') }); // Monday 08:30: this morning's digest was missed
    const { caseId, erik } = await seedGroup(tb.db);
    await addAction(tb.db, caseId, { number: 1, text: 'Boka lokal', owner: erik, due: '2026-12-01' });
  });
  afterEach(async () => { await tb.close(); });

  async function run(input: string[]): Promise<{ kind: string; channel?: string; to?: string; text: string }[]> {
    const scheduling = consoleScheduling({ db: tb.db, clock: tb.clock, logger: createLogger('silent'), ballotSecret: tb.ballotSecret });
    const session = new ConsoleSession({ bot: tb.bot, clock: tb.clock, user: 'anna', channel: 'samverkan', locale: 'sv', timeZone: 'Europe/Stockholm', ...scheduling });
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    await runConsole({ session, input: Readable.from(input.map((l) => `${l}\n`)), output, format: 'json' });
    return printed.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  }

  it('prints the missed digest first, then what the clock passes', async () => {
    const first = await run([':clock 2026-11-30T09:00']);
    expect(first.map((o) => `${o.kind} ${o.channel ?? o.to} ${o.text.split('\n')[0]}`)).toEqual([
      'post samverkan *Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs*',
      'dm erik Påminnelse från Konga Bruk konkurs – dina åtgärder:',
    ]);
    // A second start the same day has nothing left to catch up.
    expect(await run([])).toEqual([]);
  });
});
