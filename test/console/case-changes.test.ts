// Changing a case after it was created, and reopening a closed one (issue 15).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpGroup } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

describe('ärende ändra', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // anna: leader; erik: member; sara: observer — case of 211, konkurs, no target
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  const caseRow = () => tb.db.case.findFirstOrThrow({ select: { title: true, affected: true, kind: true, targetPercent: true, targetMonths: true } });
  const audits = async () => (await tb.db.auditEntry.findMany({ where: { action: 'case.change' } })).map((a) => JSON.parse(a.data) as unknown);

  it('changes only what is given, tells the group, audits old and new values', async () => {
    const [posted] = await tb.say('ärende ändra berörda=215 mål=70 inom=8');
    expect(posted!.kind).toBe('post');
    expect(posted!.message.text).toBe('anna ändrade ärendet "Konga Bruk konkurs": N (berörda) från 211 till 215; mål från – till 70 % i ny sysselsättning inom 8 månader.');
    expect(await caseRow()).toEqual({ title: 'Konga Bruk konkurs', affected: 215, kind: 'konkurs', targetPercent: 70, targetMonths: 8 });
    expect(await audits()).toEqual([{ changes: { affected: { from: 211, to: 215 }, targetPercent: { from: null, to: 70 }, targetMonths: { from: null, to: 8 } } }]);
  });

  it('does not announce a field given with the value it already has', async () => {
    const [posted] = await tb.say('ärende ändra titel="Konga Bruk konkurs" typ=varsel');
    expect(posted!.message.text).toBe('anna ändrade ärendet "Konga Bruk konkurs": typ från konkurs till varsel.');
    expect(await audits()).toEqual([{ changes: { kind: { from: 'konkurs', to: 'varsel' } } }]);
  });

  it('refuses nothing given, only same values, and a member, changing nothing', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('ärende ändra')).toBe('Ange vad som ska ändras: `ärende ändra [titel="…"] [berörda=<antal>] [typ=varsel|konkurs|nedläggning] [mål=<procent>] [inom=<månader>] [projektledare=@namn]`, till exempel `ärende ändra berörda=211 mål=75`. Bara det som anges ändras.');
    expect(await tb.text('ärende ändra berörda=211')).toBe('Ärendet har redan de värdena. Inget har ändrats.');
    expect(await tb.text('@erik ärende ändra berörda=200')).toContain('Inget har ändrats');
    expect(await tb.text('case change')).toBe('Say what to change: `case change [title="…"] [affected=<count>] [kind=notice|bankruptcy|closure] [target=<percent>] [within=<months>] [projectleader=@name]`, for example `case change affected=211 target=75`. Only what is given changes.');
    expect(await tb.text('case change affected=211')).toBe('The case already has those values. Nothing was changed.');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('shows in the figures history when N changed; later shares use the new N', async () => {
    await tb.say('läge rapportera tillsvidare=20 söker=100 datum=2026-11-20');
    tb.clock.set(new Date('2027-01-10T10:00:00Z'));
    await tb.say('ärende ändra berörda=200');
    await tb.say('läge rapportera tillsvidare=50 söker=100');
    const history = await tb.text('läge historik');
    expect(history).toContain('N ändrat från 211 till 200 2027-01-10 av anna.');
    expect(await tb.text('läge')).toContain('Ny sysselsättning (tillsvidare, visstid, eget företag, studier): 50 av 200 (25,0 %)');
    expect(await tb.text('status history')).toContain('N changed from 211 to 200 on 2027-01-10 by anna.');
  });

  it('says it in English', async () => {
    const [posted] = await tb.say('case change title="Konga Bruk AB" affected=212');
    expect(posted!.message.text).toBe('anna changed the case "Konga Bruk AB": title from "Konga Bruk konkurs" to "Konga Bruk AB"; N (affected) from 211 to 212.');
  });
});

describe('ärende återöppna', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  it('opens a closed case again, audited and announced, and its jobs are scheduled again', async () => {
    await tb.say('ärende stäng');
    expect(await tb.text('åtgärd ny "Jobbmässa" ansvarig=@erik senast=2026-12-10')).toContain('är stängt');
    const [posted] = await tb.say('ärende återöppna');
    expect(posted!.message.text).toBe('anna öppnade ärendet "Konga Bruk konkurs" igen. Det går att ändra igen och påminnelser och sammanfattningar skickas som förut.');
    expect(await tb.db.case.findFirstOrThrow({ select: { status: true, closedAt: true, scheduleChanged: true } })).toEqual({ status: 'open', closedAt: null, scheduleChanged: true });
    expect(await tb.db.auditEntry.count({ where: { action: 'case.reopen' } })).toBe(1);
    expect(await tb.text('åtgärd ny "Jobbmässa" ansvarig=@erik senast=2026-12-10')).toContain('Jobbmässa');
    // The Monday digest comes again.
    const scheduled = await tb.text(':clock 2026-11-30T08:01');
    expect(scheduled).toContain('Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs');
  });

  it('refuses an open case, and a member of a closed one', async () => {
    expect(await tb.text('ärende återöppna')).toBe('Ärendet "Konga Bruk konkurs" är inte stängt. Inget har ändrats.');
    expect(await tb.text('case reopen')).toBe('The case "Konga Bruk konkurs" is not closed. Nothing was changed.');
    await tb.say('ärende stäng');
    const before = await snapshot(tb.db);
    expect(await tb.text('@erik ärende återöppna')).toBe('Det här får bara ledare göra. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
  });
});

describe('the case card\'s buttons', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  it('a leader sees Ändra on an open case, which asks what to change; members and observers see none', async () => {
    expect(await tb.text('ärende visa')).toContain('Kanaler: 1\n[Ändra: ärende ändra]');
    expect(await tb.text('case show')).toContain('Channels: 1\n[Change: case change]');
    expect(await tb.text('@erik ärende visa')).not.toContain('[');
    expect(await tb.text('@sara ärende visa')).not.toContain('[');
    const before = await snapshot(tb.db);
    expect(await tb.text('ärende ändra')).toContain('Ange vad som ska ändras: `ärende ändra [titel="…"]');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('a leader sees Återöppna on a closed case, and it reopens the case', async () => {
    await tb.say('ärende stäng');
    expect(await tb.text('ärende visa')).toContain('Kanaler: 1\n[Återöppna: ärende återöppna]');
    expect(await tb.text('case show')).toContain('Channels: 1\n[Reopen: case reopen]');
    expect(await tb.text('@erik ärende visa')).not.toContain('[');
    await tb.say('ärende återöppna');
    expect(await tb.db.case.findFirstOrThrow({ select: { status: true } })).toEqual({ status: 'open' });
    expect(await tb.text('ärende visa')).toContain('[Ändra: ärende ändra]');
  });
});
