// Minutes as a record (issue 16): attendance per meeting, the draft → approved (justerade) flow,
// the lock that keeps approved minutes as they were, and corrections as new versions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvedMinutesOf } from '../../src/store/minutes.js';
import { setUpGroup } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

describe('minutes as a record', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // anna: leader (Kommunen); erik: member (Arbetsförmedlingen); sara: observer (TRR)
    await setUpGroup(tb);
    await tb.say('möte ny 2026-11-24 10:00 plats="Kommunhuset, sal 2"');
    await tb.say('dagordning lägg till "Framtidsmässa i mars"');
  });
  afterEach(async () => { await tb.close(); });

  it('records attendance in one line: present, absent, a stand-in and guests, and the minutes list them', async () => {
    expect(await tb.text('@erik möte närvaro 1 närvarande=@anna,@erik ersättare=@lena för=@sara gäst="Lena Lind, Almi; Per Berg"')).toBe([
      'Närvaro vid möte #1 noterad.',
      'Närvaro vid möte #1:',
      'Närvarande: anna (Kommunen), erik (Arbetsförmedlingen)',
      'Ersättare: lena → sara',
      'Gäster: Lena Lind, Almi, Per Berg',
      'Frånvarande: sara (TRR)',
    ].join('\n'));
    const rows = await tb.db.meetingAttendance.findMany({ include: { user: true, forUser: true }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.kind, r.user?.displayName ?? null, r.forUser?.displayName ?? null, r.name, r.organisation])).toEqual([
      ['present', 'anna', null, null, null],
      ['present', 'erik', null, null, null],
      ['absent', 'sara', null, null, null],
      ['standin', 'lena', 'sara', null, null],
      ['guest', null, null, 'Lena Lind', 'Almi'],
      ['guest', null, null, 'Per Berg', null],
    ]);
    const minutes = await tb.text('protokoll 1');
    expect(minutes).toContain('## Närvaro\n### Närvarande\n- **Arbetsförmedlingen:** erik\n- **Kommunen:** anna (ledare)\n### Ersättare\n- **TRR:** lena för sara\n### Gäster\n- Lena Lind, Almi\n- Per Berg\n### Frånvarande\n- **TRR:** sara\n');
    expect(minutes).not.toContain('stryk');
    // Named again: the new status replaces the old one; in English too.
    expect(await tb.text('meeting attendance 1 present=@sara')).toContain('Present: anna (Kommunen), erik (Arbetsförmedlingen), sara (TRR)');
    expect(await tb.text('protokoll 1')).not.toContain('### Ersättare');
    // `rensa` starts over: everyone is a member whose attendance is not recorded.
    expect(await tb.text('möte närvaro 1 rensa')).toBe('Närvaro vid möte #1 noterad.\nNärvaro vid möte #1:\nMedlemmar utan noterad närvaro: anna (Kommunen), erik (Arbetsförmedlingen), sara (TRR)');
    expect(await tb.text('protokoll 1')).toContain('Närvaron är inte noterad (`möte närvaro 1 närvarande=@namn,@namn`).');
  });

  it('refuses attendance that names a non-member, a stand-in without whom, someone twice or a personal identity number, and changes nothing', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('möte närvaro 1 närvarande=@anna,@okänd')).toBe('okänd är inte medlem i samverkansgruppen. En ledare lägger till med `medlem lägg till`. Inget har ändrats.');
    expect(await tb.text('möte närvaro 1 ersättare=@lena')).toBe('Ange vem ersättaren ersätter: `ersättare=@namn för=@namn`. Inget har ändrats.');
    expect(await tb.text('möte närvaro 1 närvarande=@erik frånvarande=@erik')).toBe('erik är nämnd med två olika närvarostatus. Inget har ändrats.');
    expect(await tb.text('möte närvaro 1 närvarande=anna')).toContain('nämn personer med @, åtskilda med komma (som @anna,@erik), inte "anna"');
    expect(await tb.text('meeting attendance 1 present=anna')).toContain('mention people with @, separated by commas (such as @anna,@erik), not "anna"');
    expect(await tb.text('möte närvaro 1 gäst="Lena Lind 19811218-9876, Almi"')).toContain('personnummer');
    expect(await tb.text('@sara möte närvaro 1 närvarande=@sara')).toContain('medlem');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('is approved when every named justerare has approved, by button or command; only they may, twice changes nothing, and the group is told', async () => {
    const [named] = await tb.say('protokoll justerare 1 @erik @sara');
    expect(named!.kind).toBe('post');
    expect(named!.message.text).toBe('Justerare för minnesanteckningarna från möte #1: erik och sara. Var och en justerar med `protokoll justera 1`.');
    expect(named!.message.card!.sections[0]!.buttons).toEqual([{ label: 'Justera', command: 'protokoll justera 1', style: 'primary' }]);
    // The draft says who approves; the minutes card has the button for a justerare who has not yet.
    expect(await tb.text('protokoll 1')).toContain('**Utkast – ej justerat. Skapat måndag 2026-11-23 kl. 09:00.');
    expect(await tb.text('protokoll 1')).toContain('*Justerare: erik (ej justerat än), sara (ej justerat än).*');
    const [erikSees] = await tb.say('@erik protokoll 1');
    expect(erikSees!.message.card!.sections.at(-1)!.buttons).toEqual([{ label: 'Justera', command: 'protokoll justera 1', style: 'primary' }]);
    const [annaSees] = await tb.say('protokoll 1');
    expect(annaSees!.message.card).toBeUndefined();

    const before = await snapshot(tb.db);
    expect(await tb.text('protokoll justera 1')).toBe('Du är inte justerare för möte #1 (justerare: erik och sara). Inget har ändrats.');
    expect(await tb.text('minutes approve 1')).toBe('You are not an approver of meeting #1 (approvers: erik and sara). Nothing was changed.');
    expect(await snapshot(tb.db)).toEqual(before);

    tb.clock.set(new Date('2026-11-24T12:00:00Z'));
    expect(await tb.text(erikSees!.message.card!.sections.at(-1)!.buttons![0]!.command.replace(/^/, '@erik '))).toBe('Du har justerat minnesanteckningarna från möte #1. Väntar på: sara.');
    const once = await snapshot(tb.db);
    expect(await tb.text('@erik protokoll justera 1')).toBe('Du har redan justerat minnesanteckningarna från möte #1 (version 1). Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(once);
    expect(await tb.text('protokoll 1')).toContain('*Justerare: erik (justerat 2026-11-24), sara (ej justerat än).*');

    tb.clock.set(new Date('2026-11-25T08:00:00Z'));
    const [approved] = await tb.say('@sara protokoll justera 1');
    expect(approved).toMatchObject({ kind: 'post', channel: 'samverkan' });
    expect(approved!.message.text).toBe('Minnesanteckningarna från möte #1 är justerade av erik och sara och låsta (version 1).');
    expect(await tb.text('protokoll 1')).toContain('**Justerat 2026-11-25 av erik och sara.**');
    expect(await tb.text('minutes 1')).toContain('**Approved 2026-11-25 by erik and sara.**');
    expect(await tb.text('@sara protokoll justera 1')).toBe('Du har redan justerat minnesanteckningarna från möte #1 (version 1). Inget har ändrats.');
    // Approved minutes keep their justerare.
    expect(await tb.text('protokoll justerare 1 @anna')).toBe('Minnesanteckningarna från möte #1 är redan justerade (version 1). Rätta dem med `protokoll rätta 1 "<vad som rättas>"`. Inget har ändrats.');
    const audit = await tb.db.auditEntry.findMany({ where: { action: { startsWith: 'minutes.' } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['minutes.approvers', 'minutes.approve', 'minutes.approve_locked']);
  });

  it('refuses to approve before anyone is named, and refuses one person named twice', async () => {
    expect(await tb.text('@erik protokoll justera 1')).toBe('Ingen justerare är utsedd för möte #1. En ledare utser med `protokoll justerare 1 @namn`. Inget har ändrats.');
    expect(await tb.text('protokoll justerare 1 @erik @erik')).toBe('erik är nämnd två gånger. Nämn en eller två olika justerare. Inget har ändrats.');
    expect(await tb.text('@erik protokoll justerare 1 @erik')).toBe('Det här får bara ledare göra. Inget har ändrats.');
    expect(await tb.db.minutesVersion.count()).toBe(0);
  });

  it('locks approved minutes: a later change to an action or a decision does not alter them, a draft shows it', async () => {
    tb.clock.set(new Date('2026-11-24T09:30:00Z'));
    await tb.say('beslut "Vi ordnar en framtidsmässa i mars" punkt=1');
    await tb.say('åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-11-30');
    await tb.say('protokoll justerare 1 @anna');
    await tb.say('protokoll justera 1');
    const approved = await tb.text('protokoll 1');
    expect(approved).toContain('### Öppna\n- #1 Boka lokal – erik (Arbetsförmedlingen), senast 2026-11-30');
    // The action is changed and done, a decision added, attendance recorded: the approved minutes stay as they were.
    await tb.say('åtgärd ändra 1 "Boka stor lokal"');
    await tb.say('åtgärd klar 1');
    await tb.say('beslut "Nytt beslut" möte=1');
    await tb.say('möte närvaro 1 närvarande=@anna');
    expect(await tb.text('protokoll 1')).toBe(approved);
    const stored = await approvedMinutesOf(tb.db, (await tb.db.case.findFirstOrThrow()).id);
    expect(stored.map((m) => [m.meetingNumber, m.version, m.input.content.open.map((a) => a.text)])).toEqual([[1, 1, ['Boka lokal']]]);

    // A correction is a new version, a draft from today's data; the approved one stays readable.
    const [corrected] = await tb.say('protokoll rätta 1 "Åtgärd 1 heter Boka stor lokal; beslut tillagt"');
    expect(corrected!.kind).toBe('post');
    expect(corrected!.message.text).toBe('Minnesanteckningarna från möte #1 rättas: version 2 är ett utkast som anna justerar på nytt. Rättelse: Åtgärd 1 heter Boka stor lokal; beslut tillagt');
    const draft = await tb.text('protokoll 1');
    expect(draft).toContain('*Version 2, rättad: Åtgärd 1 heter Boka stor lokal; beslut tillagt*');
    expect(draft).toContain('**Utkast – ej justerat.');
    expect(draft).toContain('- Nytt beslut');
    expect(await tb.text('protokoll 1 version=1')).toBe(approved);
    expect(await tb.text('protokoll 1 version=3')).toBe('Möte #1 har ingen version 3 av minnesanteckningarna. Inget har ändrats.');
    // Until version 2 is approved, version 1 is the one in force.
    expect((await approvedMinutesOf(tb.db, (await tb.db.case.findFirstOrThrow()).id)).map((m) => m.version)).toEqual([1]);
    await tb.say('protokoll justera 1');
    expect((await approvedMinutesOf(tb.db, (await tb.db.case.findFirstOrThrow()).id)).map((m) => m.version)).toEqual([2]);
    expect(await tb.text('protokoll 1')).toContain('**Justerat 2026-11-24 av anna.**');
    expect(await tb.text('protokoll 1 version=1')).toBe(approved);
    const audit = await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'minutes.correct' } });
    expect(JSON.parse(audit.data)).toMatchObject({ meeting: 1, version: 2, previous: 1, text: 'Åtgärd 1 heter Boka stor lokal; beslut tillagt' });
  });

  it('corrects only approved minutes', async () => {
    await tb.say('protokoll justerare 1 @anna');
    const before = await snapshot(tb.db);
    expect(await tb.text('protokoll rätta 1 "Fel namn"')).toBe('Minnesanteckningarna från möte #1 är inte justerade än, så det finns inget att rätta: ändra underlaget och justera dem. Inget har ändrats.');
    expect(await tb.text('minutes correct 1 "Wrong name"')).toContain('The meeting notes of meeting #1 are not approved yet');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('shows the figures at the time of the meeting, suppressed, and open and overdue actions', async () => {
    await tb.say('@erik läge rapportera tillsvidare=20 visstid=2 söker=100 källa=Arbetsförmedlingen datum=2026-11-20');
    await tb.say('@erik läge rapportera tillsvidare=10 söker=100 källa=Arbetsförmedlingen datum=2026-11-23');
    await tb.say('åtgärd ny "Ring Almi" ansvarig=@erik senast=2026-11-23');
    tb.clock.set(new Date('2026-11-25T09:00:00Z'));
    // A report after the meeting's day is not part of its minutes.
    await tb.say('@erik läge rapportera tillsvidare=50 söker=100 källa=Arbetsförmedlingen');
    const minutes = await tb.text('protokoll 1');
    expect(minutes).toContain('## Läget vid mötet\nSenaste rapporten från varje källa till och med 2026-11-24.');
    expect(minutes).toContain('Arbetsförmedlingen 2026-11-23');
    expect(minutes).toMatch(/Tillsvidareanställning +10\n/);
    expect(minutes).not.toContain('Arbetsförmedlingen 2026-11-25');
    expect(minutes).toContain('### Försenade\n- #1 Ring Almi – erik (Arbetsförmedlingen), senast 2026-11-23\n### Öppna\n- Inga.');
  });
});
