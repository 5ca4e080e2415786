// The console line protocol on odd input: line separators inside a line, a scheduler that cannot
// reach its storage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEW_CASE } from '../support/group.js';
import { createTestBot, type TestBot } from '../support/testbot.js';
import { setReadOnly } from '../support/database.js';

describe('console protocol', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await tb.run([NEW_CASE, 'medlem lägg till @erik org=TRR'].join('\n'));
  });
  afterEach(async () => { await tb.close(); });

  it('speaks as @name even when the command holds a U+2028 or U+2029 separator', async () => {
    const [post] = await tb.say('@erik dagordning lägg till "Rad ett\u2028rad två\u2029rad tre"');
    expect(post!.message.text).toMatch(/^erik lade till punkt #1/);
    expect((await tb.db.agendaItem.findFirstOrThrow({ include: { proposedBy: { include: { user: true } } } })).proposedBy.user.externalId).toBe('erik');
  });

  it('answers a :clock the storage cannot serve with one line, and goes on', async () => {
    await setReadOnly(tb.db, true);
    const outputs = await tb.say(':clock 2026-11-30T09:00');
    expect(outputs.map((o) => o.message.text)).toEqual(['Jag kan inte spara något just nu, så inget har ändrats. Försök igen om en stund.']);
    await setReadOnly(tb.db, false);
    expect(await tb.text('ärende visa')).toContain('Konga Bruk konkurs');
  });
});
