import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinWithCode, NEW_CASE, outputsOf, setUpGroup } from '../support/group.js';
import { contents, createTestBot, type TestBot } from '../support/testbot.js';

describe('members and roles through the console', () => {
  let tb: TestBot;
  beforeEach(async () => { tb = await createTestBot(); });
  afterEach(async () => { await tb.close(); });

  it('adds members with organisation and role and lists them grouped by organisation', async () => {
    await tb.say(NEW_CASE);
    const added = await tb.say('medlem lägg till @erik org="Arbetsförmedlingen"');
    expect(added).toEqual([{ kind: 'post', channel: 'samverkan', message: { text: 'anna lade till erik (Arbetsförmedlingen) som medlem.' } }]);
    expect(await tb.text('medlem lägg till @sara org=TRR roll=observatör')).toBe('anna lade till sara (TRR) som observatör.');
    expect(await tb.text('medlem lägg till @lars org="arbetsförmedlingen" roll=ledare')).toBe('anna lade till lars (Arbetsförmedlingen) som ledare.');
    expect(await tb.text('@sara medlem lista')).toBe([
      '*Samverkansgruppen för Konga Bruk konkurs: 4 medlemmar*',
      '', 'Arbetsförmedlingen (2)', 'lars (konsolen) – ledare', 'erik (konsolen) – medlem',
      '', 'Kommunen (1)', 'anna (konsolen) – ledare',
      '', 'TRR (1)', 'sara (konsolen) – observatör',
    ].join('\n'));
    // Organisations are per case and matched without regard to case.
    expect((await tb.db.organisation.findMany()).map((o) => o.name).sort()).toEqual(['Arbetsförmedlingen', 'Kommunen', 'TRR']);
    expect((await tb.db.auditEntry.findMany()).map((a) => a.action)).toEqual(['case.create', 'member.add', 'member.add', 'member.add']);
    expect(await tb.text('ärende visa')).toContain('Medlemmar: 4');
  });

  it('lists members without an organisation last, in English', async () => {
    await setUpGroup(tb);
    await joinWithCode(tb, 'olle', 'annan');
    expect(await tb.text('member list')).toBe([
      '*The collaboration group of Konga Bruk konkurs: 4 members*',
      '', 'Arbetsförmedlingen (1)', 'erik (the console) – member',
      '', 'Kommunen (1)', 'anna (the console) – leader',
      '', 'TRR (1)', 'sara (the console) – observer',
      '', 'No organisation (1)', 'olle (the console) – member',
    ].join('\n'));
  });

  it('changes the role or organisation of an existing member, and says when nothing changes', async () => {
    await setUpGroup(tb);
    expect(await tb.text('medlem lägg till @sara roll=medlem')).toBe('anna ändrade sara till medlem (TRR).');
    expect(await tb.text('medlem lägg till @sara org="Trygghetsrådet TRR"')).toBe('anna ändrade sara till medlem (Trygghetsrådet TRR).');
    const before = await contents(tb.db);
    expect(await tb.text('medlem lägg till @sara roll=medlem')).toBe('sara är redan medlem (Trygghetsrådet TRR). Inget har ändrats.');
    expect(await contents(tb.db)).toEqual(before);
    const audit = await tb.db.auditEntry.findMany({ where: { action: 'member.change' } });
    expect(audit.map((a) => JSON.parse(a.data))).toMatchObject([{ role: 'member', was: { role: 'observer' } }, { role: 'member', was: { role: 'member' } }]);
  });

  it('requires an organisation for a new member', async () => {
    await setUpGroup(tb);
    const before = await contents(tb.db);
    expect(await tb.text('medlem lägg till @ny')).toBe('Ange organisationen för en ny medlem, till exempel `medlem lägg till @ny org="Arbetsförmedlingen"`. Inget har ändrats.');
    expect(await contents(tb.db)).toEqual(before);
  });

  it('never removes or demotes the last leader, but allows it once there is another', async () => {
    await setUpGroup(tb);
    const before = await contents(tb.db);
    const refusal = 'anna är ärendets enda ledare. Gör någon annan till ledare först (`medlem lägg till @namn roll=ledare`). Inget har ändrats.';
    expect(await tb.text('medlem ta bort @anna')).toBe(refusal);
    expect(await tb.text('medlem lägg till @anna roll=medlem')).toBe(refusal);
    expect(await contents(tb.db)).toEqual(before);
    expect(await tb.text('medlem lägg till @erik roll=ledare')).toBe('anna ändrade erik till ledare (Arbetsförmedlingen).');
    expect(await tb.text('medlem lägg till @anna roll=medlem')).toBe('anna ändrade anna till medlem (Kommunen).');
    // anna is no longer a leader, so she may no longer manage members.
    expect(await tb.text('medlem ta bort @erik')).toBe('Det här får bara ledare göra. Inget har ändrats.');
    expect(await tb.text('@erik medlem ta bort @anna')).toBe('erik tog bort anna ur samverkansgruppen.');
    expect(await tb.text('ärende visa')).toContain('Du är inte medlem i samverkansgruppen för Konga Bruk konkurs');
  });

  it('removes a member, whose actions become unassigned, and takes a removed member back', async () => {
    await setUpGroup(tb);
    await tb.run('åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-12-04\nåtgärd ny "Ring TRR" ansvarig=@anna senast=2026-12-04\nåtgärd ny "Skriv inbjudan" ansvarig=@erik senast=2026-12-07');
    const outputs = await outputsOf(tb, 'anna', 'medlem ta bort @erik');
    expect(outputs.find((o) => o.kind === 'post')?.message.text).toBe('anna tog bort erik ur samverkansgruppen.\nÅtgärder som nu saknar ansvarig: #1, #3.');
    // The cards of both actions are re-rendered, now without an owner.
    const updates = outputs.filter((o) => o.kind === 'update');
    expect(updates.map((u) => u.kind === 'update' && u.ref.id)).toEqual([1, 3]);
    expect(updates[0]!.message.text).toContain('Ansvarig: ingen ansvarig');
    expect((await tb.db.action.findMany({ orderBy: { number: 'asc' } })).map((a) => a.ownerId)).toEqual([null, 1, null]);
    const audit = await tb.db.auditEntry.findMany({ where: { action: { in: ['member.remove', 'action.unassign'] } } });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([['member.remove', 2], ['action.unassign', 1], ['action.unassign', 3]]);
    expect(await tb.text('åtgärd lista')).toContain('#1 Boka lokal – ingen ansvarig, Arbetsförmedlingen – senast 2026-12-04 – ej påbörjad');
    expect(await tb.text('@erik åtgärd lista')).toContain('inte medlem');
    expect(await tb.text('medlem ta bort @erik')).toBe('erik är inte medlem i samverkansgruppen. En ledare lägger till med `medlem lägg till`. Inget har ändrats.');
    expect(await tb.text('medlem lägg till @erik org=AF')).toBe('anna lade till erik (AF) som medlem.');
    expect(await tb.db.member.count()).toBe(3);
    // Back as a member, erik gets nothing back: the actions stay unassigned.
    expect(await tb.text('@erik åtgärd lista mina')).toBe('*Mina öppna åtgärder: 0*\nInga åtgärder.');
  });

  it('resolves Slack and Teams mentions, also from another platform than the sender', async () => {
    await setUpGroup(tb);
    expect(await tb.text('medlem lägg till <@U0ABC|karin> org=Region')).toBe('anna lade till karin (Region) som medlem.');
    expect(await tb.text('medlem lägg till <at id="29:xyz">Maja Ek</at> org=FK')).toBe('anna lade till Maja Ek (FK) som medlem.');
    expect(await tb.text('medlem lägg till <at>Maja Ek</at> roll=ledare')).toBe('anna ändrade Maja Ek till ledare (FK).');
    const before = await contents(tb.db);
    expect(await tb.text('medlem lägg till <at>Okänd Person</at> org=FK')).toBe('Jag känner inte till någon @Okänd Person i Teams. Nämn personen så att chatten gör en länk av namnet. Inget har ändrats.');
    expect(await contents(tb.db)).toEqual(before);
    const users = await tb.db.user.findMany({ where: { platform: { not: 'console' } }, orderBy: { id: 'asc' } });
    expect(users.map((u) => [u.platform, u.externalId, u.displayName])).toEqual([['slack', 'U0ABC', 'karin'], ['teams', '29:xyz', 'Maja Ek']]);
  });

  it('closes a case: it still shows, refuses changes, and only a leader may close it', async () => {
    await setUpGroup(tb);
    expect(await tb.text('@erik ärende stäng')).toBe('Det här får bara ledare göra. Inget har ändrats.');
    expect(await tb.say('ärende stäng')).toEqual([{ kind: 'post', channel: 'samverkan', message: { text: 'anna stängde ärendet "Konga Bruk konkurs". Det går fortfarande att visa men inte att ändra.' } }]);
    const closed = await tb.db.case.findFirstOrThrow();
    expect([closed.status, closed.closedAt?.toISOString()]).toEqual(['closed', '2026-11-23T08:00:00.000Z']);
    expect(await tb.text('@sara ärende visa')).toContain('Status: stängt');
    expect(await tb.text('@erik medlem lista')).toContain('3 medlemmar');
    const before = await contents(tb.db);
    for (const line of ['ärende stäng', 'medlem lägg till @ny org=X', 'medlem ta bort @erik', 'åtgärd ny "X" ansvarig=@erik senast=imorgon']) {
      expect(await tb.text(line)).toBe('Ärendet Konga Bruk konkurs är stängt. Inget har ändrats.');
    }
    expect(await contents(tb.db)).toEqual(before);
  });
});
