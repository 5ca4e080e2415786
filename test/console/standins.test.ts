// Stand-ins (issue 14, part 5): a member names an ersättare for a period; during it the stand-in
// reads the case, votes for the member's organisation in per-organisation polls, gets the agenda
// DM and is in the minutes; the audit says for whom; the day after the period they are nobody.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpGroup } from '../support/group.js';
import type { ConsoleOutput } from '../../adapters/console/session.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

const lines = (outs: ConsoleOutput[]) => outs.map((o) => `${o.kind === 'post' ? 'post' : o.kind === 'dm' ? `@${o.to}` : `→ ${o.to}`}: ${o.message.text}`);
const PERIOD_SV = 'lena ersätter erik (Arbetsförmedlingen), 23–27 november 2026';

describe('stand-ins in Swedish', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // Monday 2026-11-23; anna: leader (Kommunen); erik: member (Arbetsförmedlingen); sara: observer (TRR)
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  it('a stand-in votes for the organisation during the period, is in the minutes, and is refused the day after', async () => {
    expect(lines(await tb.say('@erik ersättare @lena till=2026-11-27'))).toEqual([
      `post: erik utsåg en ersättare: ${PERIOD_SV}.`,
      `@lena: Du är ersättare i ärendet Konga Bruk konkurs: ${PERIOD_SV}. Under perioden får du dagordningen, kan läsa ärendet och rösta för organisationen i omröstningar per organisation.`,
    ]);
    await tb.say('omröstning ny "Studiebesök hos Volvo?" per=organisation');
    expect(await tb.text('@lena rösta 1 Ja')).toBe('Din röst på "Ja" i omröstning #1 är registrerad. Du kan ändra den tills omröstningen stänger. Rösten gäller för Arbetsförmedlingen: den senaste rösten från organisationen räknas.');
    // Still one vote per organisation: erik's later vote replaces the stand-in's.
    expect(await tb.text('@erik rösta 1 Nej')).toContain('Din röst i omröstning #1 är ändrad till "Nej".');
    expect(await tb.text('@lena rösta 1 Ja')).toContain('Din röst i omröstning #1 är ändrad till "Ja".');
    expect(await tb.db.ballot.count()).toBe(1);
    expect(await tb.text('omröstning visa 1')).toContain('1. Ja: 1 röst\n2. Nej: 0 röster');

    // The audit names the stand-in as the actor and erik's membership as whom they acted for.
    const [lena, erik] = await Promise.all([tb.db.user.findFirstOrThrow({ where: { externalId: 'lena' } }), tb.db.user.findFirstOrThrow({ where: { externalId: 'erik' } })]);
    const erikMember = await tb.db.member.findFirstOrThrow({ where: { userId: erik.id } });
    const votes = await tb.db.auditEntry.findMany({ where: { action: 'poll.vote' }, orderBy: { id: 'asc' } });
    expect(votes.map((v) => v.actorId)).toEqual([lena.id, erik.id, lena.id]);
    expect(JSON.parse(votes[0]!.data)).toMatchObject({ onBehalfOf: { memberId: erikMember.id, userId: erik.id } });
    expect(JSON.parse(votes[1]!.data)).not.toHaveProperty('onBehalfOf');
    expect(await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'standin.add' } })).toMatchObject({ actorId: erik.id });

    // A meeting in the period: the stand-in gets the agenda DM besides the members, and the minutes name them.
    await tb.say('möte ny 2026-11-26 13:00');
    const dms = (await tb.say(':clock 2026-11-25T14:00')).filter((o) => o.kind === 'dm').map((o) => o.to);
    expect(dms).toEqual(['anna', 'erik', 'sara', 'lena']);
    const minutes = await tb.text('protokoll 1');
    expect(minutes).toContain('### Ersättare\n- **Arbetsförmedlingen:** lena för erik\n### Frånvarande\n- **Arbetsförmedlingen:** erik\n');

    // The day after till=: no rights at all, nothing changes.
    await tb.say(':clock 2026-11-28T09:00');
    const before = await snapshot(tb.db);
    expect(await tb.text('@lena rösta 1 Nej')).toBe('Du är inte medlem i samverkansgruppen för Konga Bruk konkurs. Be en ledare lägga till dig. Inget har ändrats.');
    expect(await tb.text('@lena ärende visa')).toContain('Du är inte medlem');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('reads like an observer and is refused everything else, and votes only in per-organisation polls', async () => {
    await tb.say('@erik ersättare @lena till=2026-11-27');
    await tb.say('omröstning ny "Jobbklubb?"');
    const before = await snapshot(tb.db);
    expect(await tb.text('@lena åtgärd ny "Boka lokal" ansvarig=@lena senast=2026-12-01')).toBe('Som ersättare för erik i Konga Bruk konkurs kan du läsa ärendet och rösta för organisationen i omröstningar per organisation, men inte det här. Inget har ändrats.');
    expect(await tb.text('@lena ersättare @olle till=2026-11-27')).toContain('Som ersättare för erik');
    expect(await tb.text('@lena rösta 1 Ja')).toBe('Som ersättare röstar du bara i omröstningar per organisation; omröstning #1 är per medlem. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
    expect(await tb.text('@lena ärende visa')).toContain('Konga Bruk konkurs');
    expect(await tb.text('@lena ersättare visa')).toBe(`Ersättare:\n• ${PERIOD_SV}`);
  });

  it('from= starts later; ersättare avsluta ends it today; a leader acts for another member, a member may not', async () => {
    await tb.say('@erik ersättare @lena från=2026-11-25 till=2026-11-27');
    expect(await tb.text('@lena omröstning lista')).toContain('Du är inte medlem');
    tb.clock.set(new Date('2026-11-25T08:00:00Z'));
    expect(await tb.text('@lena omröstning lista')).not.toContain('Du är inte medlem');
    expect(await tb.text('@sara ersättare avsluta för=@erik')).toBe('Det här får bara medlemmar göra. Inget har ändrats.');
    expect(await tb.text('@erik ersättare avsluta för=@anna')).toBe('Bara en projektledare utser eller avslutar ersättare för någon annan (anna). Inget har ändrats.');
    expect(lines(await tb.say('ersättare avsluta för=@erik'))).toEqual([
      'post: anna avslutade: lena ersätter erik (Arbetsförmedlingen), 25–27 november 2026.',
      '@lena: Ditt uppdrag som ersättare i ärendet Konga Bruk konkurs är avslutat: lena ersätter erik (Arbetsförmedlingen), 25–27 november 2026.',
    ]);
    expect(await tb.text('@lena omröstning lista')).toContain('Du är inte medlem');
    expect(await tb.text('ersättare visa')).toBe('Inga ersättare är utsedda.');
    expect(await tb.text('ersättare avsluta för=@erik')).toBe('erik har ingen ersättare att avsluta. Inget har ändrats.');
    // A leader names one for a member.
    expect(await tb.text('ersättare @per till=2026-11-26 för=@erik')).toContain('anna utsåg en ersättare: per ersätter erik (Arbetsförmedlingen), 25–26 november 2026.');
    const row = await tb.db.standin.findFirstOrThrow({ where: { endedAt: null } });
    expect(row).toMatchObject({ from: '2026-11-25', until: '2026-11-26' });
    expect(row.createdAt.toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });

  it('the same user id in another workspace is another person, not the stand-in', async () => {
    await tb.say('@erik ersättare @lena till=2026-11-27');
    await tb.say('omröstning ny "Jobbklubb?" per=organisation');
    const before = await snapshot(tb.db);
    const [refused] = await tb.handle({ platform: 'console', user: { id: 'lena', name: 'lena', tenant: 'T-OTHER' }, channel: { id: 'samverkan', name: 'samverkan' }, text: 'rösta 1 Ja' });
    expect(refused!.message.text).toBe('Du är inte medlem i samverkansgruppen för Konga Bruk konkurs. Be en ledare lägga till dig. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('bad input is answered and changes nothing', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('@erik ersättare @lena till=2026-11-20')).toBe('Slutdagen 2026-11-20 har redan passerat. Inget har ändrats.');
    expect(await tb.text('@erik ersättare @lena från=2026-12-05 till=2026-12-01')).toBe('Slutdagen 2026-12-01 ligger före första dagen 2026-12-05. Inget har ändrats.');
    expect(await tb.text('@erik ersättare @erik till=2026-12-01')).toBe('erik kan inte ersätta sig själv. Inget har ändrats.');
    expect(await tb.text('@erik ersättare @anna till=2026-12-01')).toBe('anna är redan medlem i samverkansgruppen och företräder sin egen organisation. Inget har ändrats.');
    expect(await tb.text('@erik ersättare @lena')).toContain('till');
    expect(await tb.text('@sara ersättare @lena till=2026-12-01')).toBe('Det här får bara medlemmar göra. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
  });
});

describe('stand-ins in English', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  it('a stand-in votes for the organisation in a per-organisation poll, and is refused after the period', async () => {
    expect(await tb.text('@erik standin @lena until=2026-11-27')).toContain('erik named a stand-in: lena stands in for erik (Arbetsförmedlingen), 23–27 November 2026.');
    await tb.say('poll new "Study visit at Volvo?" per=organisation');
    expect(await tb.text('@lena vote 1 1')).toContain('The vote is for Arbetsförmedlingen: the latest vote from the organisation counts.');
    expect(await tb.text('@lena poll new "Job club?"')).toBe('As the stand-in for erik in Konga Bruk konkurs you can read the case and vote for the organisation in per-organisation polls, but not this. Nothing was changed.');
    expect(await tb.text('@lena standin show')).toBe('Stand-ins:\n• lena stands in for erik (Arbetsförmedlingen), 23–27 November 2026');
    const vote = await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'poll.vote' } });
    expect(JSON.parse(vote.data)).toHaveProperty('onBehalfOf');
    tb.clock.set(new Date('2026-11-28T08:00:00Z'));
    const before = await snapshot(tb.db);
    expect(await tb.text('@lena vote 1 2')).toBe('You are not a member of the collaboration group for Konga Bruk konkurs. Ask a leader to add you. Nothing was changed.');
    expect(await snapshot(tb.db)).toEqual(before);
  });
});
