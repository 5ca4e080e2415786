import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot.js';
import { allCommands } from '../../src/commands/index.js';
import { closeAtDeadline } from '../../src/services/poll-closing.js';
import { CommandRegistry } from '../../src/commands/registry.js';
import { createLogger } from '../../src/logger.js';
import { buttonCommands } from '../support/buttons.js';
import { testCharts } from '../support/charts.js';
import { freshFairCard } from '../support/expected.js';
import { addMember, groupBot, outputsOf } from '../support/group.js';
import { snapshot, type TestBot } from '../support/testbot.js';

const FAIR = 'omröstning ny "Ska vi ordna en framtidsmässa i mars?" stänger=fredag 16:00';

describe('polls through the console', () => {
  let tb: TestBot;
  let caseId: number;
  beforeEach(async () => {
    ({ tb, caseId } = await groupBot());
  });
  afterEach(async () => { await tb.close(); });

  it('posts a card with the default options and a button per option that is a registered command', async () => {
    const [post] = await tb.say(FAIR);
    expect(post).toMatchObject({ kind: 'post', channel: 'samverkan' });
    expect(post!.message.text).toBe([
      'anna startade omröstning #1.',
      ...freshFairCard('fredag 2026-11-27 kl. 16:00'),
    ].join('\n'));
    expect(buttonCommands(post!.message)).toEqual(['rösta 1 1', 'rösta 1 2', 'rösta 1 3']);
    const poll = await tb.db.poll.findFirstOrThrow({ include: { options: true } });
    expect(poll.closesAt!.toISOString()).toBe('2026-11-27T15:00:00.000Z');
    expect(poll.options.map((o) => o.label)).toEqual(['Ja', 'Nej', 'Avstår']);
  });

  it('counts one vote per member, lets a vote change, updates the card in place and names who has not voted', async () => {
    const created = await outputsOf(tb, 'anna', FAIR);
    const ref = created.find((o) => o.kind === 'post')!.ref;
    expect(ref).toMatchObject({ entity: 'poll', caseId });
    const vote = await outputsOf(tb, 'erik', 'rösta 1 Ja');
    expect(vote.find((o) => o.kind === 'reply')!.message.text).toBe('Din röst på "Ja" i omröstning #1 är registrerad. Du kan ändra den tills omröstningen stänger.');
    const update = vote.find((o) => o.kind === 'update');
    expect(update).toMatchObject({ kind: 'update', ref });
    expect(update!.message.text).toContain('1. Ja: 1 röst\n2. Nej: 0 röster');
    expect(await tb.text('@sara rösta 1 nej')).toContain('Din röst på "Nej"');
    expect(await tb.text('@sara rösta 1 1')).toBe('Din röst i omröstning #1 är ändrad till "Ja".');
    expect(await tb.text('@erik rösta 1 Ja')).toBe('Din röst i omröstning #1 är ändrad till "Ja".');
    expect(await tb.db.ballot.count()).toBe(2);
    const shown = await tb.text('@olle omröstning visa 1');
    expect(shown).toContain('1. Ja: 2 röster\n2. Nej: 0 röster\n3. Avstår: 0 röster\n2 av 3 har röstat. Inte röstat än: anna.');
    const open = await tb.db.ballot.findMany();
    expect(open.every((b) => b.memberId !== null)).toBe(true);
  });

  it('refuses observers, unknown options and unknown polls without changing anything', async () => {
    await tb.say(FAIR);
    const before = await snapshot(tb.db);
    expect(await tb.text('@olle rösta 1 Ja')).toBe('Det här får bara medlemmar göra. Inget har ändrats.');
    expect(await tb.text('@erik rösta 1 Kanske')).toBe('Omröstning #1 har inget alternativ "Kanske". Välj 1 (Ja), 2 (Nej), 3 (Avstår). Inget har ändrats.');
    expect(await tb.text('@erik rösta 1 4')).toContain('har inget alternativ "4"');
    expect(await tb.text('@erik rösta 7 Ja')).toBe('Det finns ingen omröstning #7 i ärendet. `omröstning lista` visar dem. Inget har ändrats.');
    expect(await tb.text('@nisse rösta 1 Ja')).toContain('inte medlem');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('hides the counts of a hidden poll until it closes, then shows them', async () => {
    await tb.say('omröstning ny "Jobbklubb på torsdagar?" dold');
    await tb.say('@erik rösta 1 Ja');
    const open = await tb.text('omröstning visa 1');
    expect(open).toContain('Resultatet visas när omröstningen stänger.\n1. Ja\n2. Nej\n3. Avstår\n1 av 3 har röstat. Inte röstat än: anna, sara.');
    expect(open).not.toMatch(/röst(er)?\n/);
    expect(await tb.text('omröstning stäng 1')).toBe('Omröstning #1 "Jobbklubb på torsdagar?" är stängd. Resultat: Ja vann med 1 av 1 röst.');
    expect(await tb.text('omröstning visa 1')).toContain('1. Ja: 1 röst\n2. Nej: 0 röster\n3. Avstår: 0 röster');
  });

  it('states a tie as a tie and records the result as a decision', async () => {
    await tb.say('omröstning ny "Var ska mässan vara?" alternativ="Folkets hus|Sporthallen|Biblioteket"');
    await tb.say('@erik rösta 1 Folkets hus');
    await tb.say('@sara rösta 1 sporthallen');
    expect(await tb.text('@erik omröstning stäng 1')).toBe('Det här får bara ledare göra. Inget har ändrats.');
    expect(await tb.text('omröstning stäng 1')).toBe('Omröstning #1 "Var ska mässan vara?" är stängd. Resultat: oavgjort mellan Folkets hus och Sporthallen med 1 röst var (2 röster totalt).');
    const decision = await tb.db.decision.findFirstOrThrow();
    expect(decision.text).toBe('Omröstning #1 "Var ska mässan vara?": oavgjort mellan Folkets hus och Sporthallen med 1 röst var (2 röster totalt).');
    expect(decision.pollId).toBe((await tb.db.poll.findFirstOrThrow()).id);
    expect(await tb.text('@erik rösta 1 1')).toBe('Omröstning #1 är stängd; rösten räknades inte. Inget har ändrats.');
    expect(await tb.text('omröstning stäng 1')).toBe('Omröstning #1 är redan stängd. Inget har ändrats.');
    expect(await tb.text('omröstning åtgärd 1 senast=2026-12-15')).toBe('Omröstning #1 gav inget bifall, så ingen åtgärd skapades. Resultat: oavgjort mellan Folkets hus och Sporthallen med 1 röst var (2 röster totalt). Inget har ändrats.');
  });

  it('counts one vote per organisation: the latest vote of any of its members', async () => {
    await addMember(tb, caseId, { name: 'lena', org: 'TRR' });
    await addMember(tb, caseId, { name: 'utan' });
    await tb.say('omröstning ny "Studiebesök hos Volvo?" per=organisation');
    expect(await tb.text('@erik rösta 1 Ja')).toContain('Rösten gäller för TRR: den senaste rösten från organisationen räknas.');
    await tb.say('@sara rösta 1 Ja');
    expect(await tb.text('@lena rösta 1 Nej')).toContain('Din röst i omröstning #1 är ändrad till "Nej".');
    expect(await tb.text('@utan rösta 1 Ja')).toBe('Omröstning #1 har en röst per organisation och du hör inte till någon organisation i ärendet. Be en ledare ange din organisation. Inget har ändrats.');
    expect(await tb.text('omröstning visa 1')).toContain('1. Ja: 1 röst\n2. Nej: 1 röst\n3. Avstår: 0 röster\n2 av 3 organisationer har röstat. Inte röstat än: Tingsryds kommun.');
    const ballots = await tb.db.ballot.findMany();
    expect(ballots).toHaveLength(2);
  });

  it('closes at the deadline: the scheduler rule, and before it runs no late vote counts', async () => {
    await tb.say(FAIR);
    await tb.say('@erik rösta 1 Nej');
    tb.clock.set(new Date('2026-11-27T15:00:00Z'));
    const before = await snapshot(tb.db);
    expect(await tb.text('@sara rösta 1 Ja')).toBe('Omröstning #1 är stängd; rösten räknades inte. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
    const closeFirst = () => tb.db.$transaction(async (tx) => closeAtDeadline(tx, tb.ballotSecret, 1));
    const closing = await closeFirst();
    const closings = closing ? [closing] : [];
    expect(closings.map((c) => c.result.text)).toEqual(['Omröstning #1 "Ska vi ordna en framtidsmässa i mars?" är stängd. Resultat: Nej vann med 1 av 1 röst.']);
    expect(closings[0]!.card.text).toContain('Stängdes fredag 2026-11-27 kl. 16:00.');
    expect(closings[0]!.ref).toMatchObject({ caseId, entity: 'poll' });
    expect(await closeFirst()).toBeNull();
    const [poll, decision] = await Promise.all([tb.db.poll.findFirstOrThrow(), tb.db.decision.findFirstOrThrow()]);
    expect(poll.closedAt!.toISOString()).toBe('2026-11-27T15:00:00.000Z');
    expect(decision.createdAt.toISOString()).toBe('2026-11-27T15:00:00.000Z');
    const audit = await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'poll.close' } });
    expect(audit.actorId).toBeNull();
  });

  it('settles an overdue poll when someone looks at it, without waiting for the scheduler', async () => {
    await tb.say(FAIR);
    await tb.say('@erik rösta 1 Ja');
    tb.clock.set(new Date('2026-11-28T08:00:00Z'));
    const outputs = await tb.say('@olle omröstning visa 1');
    expect(outputs.map((o) => o.kind)).toEqual(['post', 'reply']);
    expect(outputs[0]!.message.text).toContain('Resultat: Ja vann med 1 av 1 röst.');
    expect(outputs[1]!.message.text).toContain('Stängdes fredag 2026-11-27 kl. 16:00.');
  });

  it('turns a passed poll into an action in one step, once, with a due date that has not passed', async () => {
    await tb.say(FAIR);
    await tb.say('@erik rösta 1 Ja');
    expect(await tb.text('omröstning åtgärd 1 senast=2026-12-15')).toBe('Omröstning #1 är inte stängd än; en åtgärd kan göras av resultatet när den har stängts. Inget har ändrats.');
    const closed = await outputsOf(tb, 'anna', 'omröstning stäng 1');
    const card = closed.find((o) => o.kind === 'update')!.message;
    expect(card.text).toContain('Resultat: Ja vann med 1 av 1 röst.\n[Gör till åtgärd (senast 2026-12-07): omröstning åtgärd 1 senast=2026-12-07]');
    expect(buttonCommands(card)).toEqual(['omröstning åtgärd 1 senast=2026-12-07']);
    const before = await snapshot(tb.db);
    expect(await tb.text('@erik omröstning åtgärd 1 senast=2026-11-20')).toBe('Datumet 2026-11-20 har redan passerat; välj idag eller senare. Inget har ändrats.');
    expect(await tb.text('@erik omröstning åtgärd 1 senast=2026-12-07 ansvarig=@nisse')).toBe('@nisse är inte medlem i ärendet. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
    expect(await tb.text('@erik omröstning åtgärd 1 senast=2026-12-07')).toBe('Åtgärd #1 från omröstning #1: Ska vi ordna en framtidsmässa i mars? – Ja. Ansvarig: anna (Tingsryds kommun), senast 2026-12-07.');
    const action = await tb.db.action.findFirstOrThrow({ include: { owner: { include: { user: true } }, decision: true, createdBy: { include: { user: true } } } });
    expect(action).toMatchObject({ number: 1, dueDate: '2026-12-07', status: 'open' });
    expect(action.owner!.user.displayName).toBe('anna');
    expect(action.createdBy.user.displayName).toBe('erik');
    expect(action.decision!.pollId).not.toBeNull();
    expect(await tb.text('omröstning åtgärd 1 senast=2026-12-07')).toBe('Omröstning #1 har redan blivit åtgärd #1. Inget har ändrats.');
    expect(await tb.text('omröstning visa 1')).toContain('Blev åtgärd #1.');
  });

  it('names another owner and takes the owner\'s organisation', async () => {
    await tb.say(FAIR);
    await tb.say('@sara rösta 1 1');
    await tb.say('omröstning stäng 1');
    expect(await tb.text('omröstning åtgärd 1 senast=15/12 ansvarig=@sara text="Boka Folkets hus för mässan"')).toBe('Åtgärd #1 från omröstning #1: Boka Folkets hus för mässan. Ansvarig: sara (IF Metall), senast 2026-12-15.');
    const action = await tb.db.action.findFirstOrThrow({ include: { organisation: true } });
    expect(action.organisation!.name).toBe('IF Metall');
  });

  for (const anonymous of [false, true]) {
    it(`refuses votes under a replaced ballot key, which would let everyone vote twice${anonymous ? ', and cannot count an anonymous poll' : ''}`, async () => {
      await tb.say(`${FAIR}${anonymous ? ' anonym' : ''}`);
      await tb.say('@erik rösta 1 Ja');
      const rekeyed = new Bot({
        db: tb.db, clock: tb.clock, logger: createLogger('silent'), registry: new CommandRegistry(allCommands),
        defaultLocale: 'sv', defaultTimeZone: 'Europe/Stockholm', ballotSecret: 'a-replaced-secret-0123456789', charts: testCharts(createLogger('silent')),
      });
      const as = (user: string, text: string) => rekeyed.handle({ platform: 'console', user: { id: user, name: user }, channel: { id: 'samverkan', name: 'samverkan' }, text });
      const before = await snapshot(tb.db);
      const refusal = 'Rösterna i omröstning #1 är sparade med en annan röstnyckel än den som används nu (BALLOT_SECRET eller filen ballot.key), så ingen röst kan läggas, ändras eller räknas förrän den nyckeln är tillbaka. Be den som driver boten att återställa den. Inget har ändrats.';
      for (const user of ['erik', 'sara']) expect((await as(user, 'rösta 1 Nej'))[0]!.message.text).toBe(refusal);
      const closing = await as('anna', 'omröstning stäng 1');
      if (anonymous) expect(closing[0]!.message.text).toBe(refusal);
      else expect((await tb.db.decision.findFirstOrThrow()).text).toContain('Ja vann med 1 av 1 röst');
      if (anonymous) expect(await snapshot(tb.db)).toEqual(before);
    });
  }

  it('lists polls, open and closed', async () => {
    expect(await tb.text('omröstning lista')).toBe('Inga omröstningar än. Starta en med `omröstning ny "<fråga>"`.');
    await tb.say(FAIR);
    await tb.say('omröstning ny "Jobbklubb?" per=organisation');
    await tb.say('@erik rösta 1 Ja');
    await tb.say('omröstning stäng 1');
    expect(await tb.text('@olle omröstning lista')).toBe('*Omröstningar*\n#1 Ska vi ordna en framtidsmässa i mars? – stängd: Ja vann med 1 av 1 röst.\n#2 Jobbklubb? – öppen, 0 av 3 organisationer har röstat');
  });

  it('answers English commands in English; the shared card and the record stay in the case\'s language', async () => {
    await tb.say('poll new "Job fair in March?" options="Yes|No" closes=2026-12-01 10:00 hidden');
    expect(await tb.text('@erik vote 1 yes')).toBe('Your vote for "Yes" in poll #1 is recorded. You can change it until the poll closes.');
    expect(await tb.text('@erik vote 1 Maybe')).toBe('Poll #1 has no option "Maybe". Choose 1 (Yes), 2 (No). Nothing was changed.');
    expect(await tb.text('poll show 1')).toContain('*Omröstning #1: Job fair in March?*\nStänger tisdag 2026-12-01 kl. 10:00.');
    expect(await tb.text('poll close 1')).toBe('Omröstning #1 "Job fair in March?" är stängd. Resultat: Yes vann med 1 av 1 röst.');
    expect(await tb.text('poll action 1 due=2026-11-01')).toBe('The date 2026-11-01 has already passed; choose today or later. Nothing was changed.');
  });
});
