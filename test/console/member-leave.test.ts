// A member leaves a case themselves (issue 15): `medlem lämna` / `member leave`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newCode, setUpGroup } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

describe('medlem lämna', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // anna: leader (Kommunen); erik: member (Arbetsförmedlingen); sara: observer (TRR)
    await setUpGroup(tb);
    await tb.say('åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-12-04');
    await tb.say('åtgärd ny "Skicka inbjudan" ansvarig=@erik senast=2026-12-05');
    await tb.say('åtgärd ny "Ringa TRR" ansvarig=@erik senast=2026-12-06');
    await tb.say('@erik åtgärd klar 3');
  });
  afterEach(async () => { await tb.close(); });

  it('lets a member leave: announced with their open actions, which stay theirs, audited, and afterwards they see nothing', async () => {
    const outputs = await tb.say('@erik medlem lämna');
    expect(outputs.map((o) => [o.kind, o.message.text])).toEqual([
      ['post', 'erik lämnade samverkansgruppen. erik står kvar som ansvarig för de öppna åtgärderna #1, #2; en ledare ger dem en ny ansvarig med `åtgärd ändra <nr> ansvarig=@namn`.'],
      ['reply', 'Du har lämnat samverkansgruppen för "Konga Bruk konkurs". En ledare kan lägga till dig igen. Du står kvar som ansvarig för de öppna åtgärderna #1, #2 tills en ledare ger dem till någon annan.'],
    ]);
    const erik = await tb.db.member.findFirstOrThrow({ where: { user: { externalId: 'erik' } } });
    expect(erik.removedAt).not.toBeNull();
    expect(await tb.db.action.count({ where: { ownerId: erik.id } })).toBe(3);
    expect(await tb.db.auditEntry.count({ where: { action: 'member.leave', entityId: erik.id } })).toBe(1);
    expect(await tb.text('@erik åtgärd lista')).toMatch(/inte medlem/);
    expect(await tb.text('@erik ärende visa')).toMatch(/inte medlem/);
    expect(await tb.text('medlem lista')).not.toContain('erik');
  });

  it('does not let a join code readmit someone who left', async () => {
    await tb.say('@sara medlem lämna');
    const code = await newCode(tb);
    await tb.say('#saras-kanal');
    const audited = await tb.db.auditEntry.count();
    expect(await tb.text(`@sara ärende koppla ${code}`)).toContain('kan inte komma tillbaka med en kod');
    const sara = await tb.db.member.findFirstOrThrow({ where: { user: { externalId: 'sara' } } });
    expect(sara.removedAt).not.toBeNull();
    expect(await tb.db.channelLink.count({ where: { channelId: 'saras-kanal' } })).toBe(0);
    // Only the attempt is recorded.
    expect(await tb.db.auditEntry.count()).toBe(audited + 1);
  });

  it('refuses the last leader, in both languages, changing nothing; a leader may leave once another leads', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('medlem lämna')).toBe('anna är ärendets enda ledare. Gör någon annan till ledare först (`medlem lägg till @namn roll=ledare`). Inget har ändrats.');
    expect(await tb.text('member leave')).toContain('anna is the only');
    expect(await snapshot(tb.db)).toEqual(before);
    await tb.say('medlem lägg till @erik roll=ledare');
    expect(await tb.text('member leave')).toBe('anna left the collaboration group.\nYou have left the collaboration group of "Konga Bruk konkurs". A leader can add you again.');
  });
});
