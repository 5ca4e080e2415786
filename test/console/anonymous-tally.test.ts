// Anonymous polls count right although their choices are sealed: changed votes, one vote per
// organisation, hidden polls, closing by a leader and at the deadline by the scheduler, in Swedish
// and in English. The count shows once, at close, and the card, the list, the decision and the
// digest all show the same one.
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsoleOutput } from '../../adapters/console/session.js';
import { NEW_CASE } from '../support/group.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

const texts = (outputs: ConsoleOutput[], kind: ConsoleOutput['kind']) => outputs.filter((o) => o.kind === kind).map((o) => o.message.text);

describe('the count of an anonymous poll', () => {
  let tb: TestBot;
  afterEach(async () => { await tb.close(); });

  it('counts the last vote of each member, shown only at close, the same on the card, in the list, the decision and the digest', async () => {
    tb = await createTestBot();
    await tb.run([NEW_CASE, 'medlem lägg till @erik org=TRR', 'medlem lägg till @sara org="IF Metall"', 'medlem lägg till @lena org=TRR', 'medlem lägg till @olle org=TRR roll=observatör'].join('\n'));
    await tb.say('omröstning ny "Vilken dag för jobbklubben?" alternativ="Måndag|Tisdag|Onsdag" anonym');
    expect(await tb.text('@erik rösta 1 1')).toBe('Din anonyma röst i omröstning #1 är registrerad. Valet upprepas inte här, så att inget meddelande kopplar det till dig. Du kan ändra rösten tills omröstningen stänger.');
    await tb.say('@sara rösta 1 2');
    await tb.say('@lena rösta 1 Tisdag');
    expect(await tb.text('@erik rösta 1 tisdag')).toBe('Din anonyma röst i omröstning #1 är ändrad.');
    await tb.say('rösta 1 3');
    await tb.say('@lena rösta 1 1');
    expect(await tb.text('@olle rösta 1 1')).toBe('Det här får bara medlemmar göra. Inget har ändrats.');
    const open = await tb.text('@olle omröstning visa 1');
    expect(open).toContain('Resultatet visas när omröstningen stänger.\n1. Måndag\n2. Tisdag\n3. Onsdag\n4 av 4 har röstat.');

    const closed = await tb.say('omröstning stäng 1');
    const result = 'Tisdag vann med 2 av 4 röster.';
    expect(texts(closed, 'post')).toEqual([`Omröstning #1 "Vilken dag för jobbklubben?" är stängd. Resultat: ${result}`]);
    expect(await tb.text('omröstning visa 1')).toContain(`1. Måndag: 1 röst\n2. Tisdag: 2 röster\n3. Onsdag: 1 röst\n4 av 4 har röstat.\nResultat: ${result}`);
    expect(await tb.text('omröstning lista')).toContain(`#1 Vilken dag för jobbklubben? – stängd: ${result}`);
    expect((await tb.db.decision.findFirstOrThrow()).text).toBe(`Omröstning #1 "Vilken dag för jobbklubben?": ${result}`);
    expect(texts(await tb.say('sammanfattning'), 'post').join('\n')).toContain('Stängd: #1 "Vilken dag för jobbklubben?" – Måndag 1, Tisdag 2, Onsdag 1');
  });

  it('counts one vote per organisation in a hidden poll, reminds only those whose organisation has not voted, and closes at the deadline', async () => {
    tb = await createTestBot();
    await tb.run([NEW_CASE, 'medlem lägg till @erik org=TRR', 'medlem lägg till @sara org="IF Metall"', 'medlem lägg till @lena org=TRR', 'medlem lägg till @nils org=Arbetsförmedlingen'].join('\n'));
    await tb.say('omröstning ny "Studiebesök hos Volvo?" stänger=fredag 16:00 anonym dold per=organisation');
    await tb.say('@erik rösta 1 Ja');
    await tb.say('@sara rösta 1 Nej');
    expect(await tb.text('@lena rösta 1 Nej')).toBe('Din anonyma röst i omröstning #1 är ändrad. Rösten gäller för TRR: den senaste rösten från organisationen räknas.');
    await tb.say('rösta 1 Ja');
    expect(await tb.text('omröstning visa 1')).toContain('1. Ja\n2. Nej\n3. Avstår\n3 av 4 organisationer har röstat.');

    const reminders = await tb.say(':clock 2026-11-26T17:00');
    expect(reminders.filter((o) => o.kind === 'dm').map((o) => o.to)).toEqual(['nils']);
    const closing = await tb.say(':clock 2026-11-27T16:05');
    expect(texts(closing, 'post')).toEqual(['Omröstning #1 "Studiebesök hos Volvo?" är stängd. Resultat: Nej vann med 2 av 3 röster.']);
    expect(await tb.text('omröstning visa 1')).toContain('1. Ja: 1 röst\n2. Nej: 2 röster\n3. Avstår: 0 röster\n3 av 4 organisationer har röstat.');
  });

  it('counts in English, in a case kept in English', async () => {
    tb = await createTestBot({ locale: 'en' });
    await tb.run(['case new "Konga Bruk bankruptcy" company="Konga Bruk AB" municipality=Tingsryd affected=211 kind=bankruptcy', 'member add @erik org=TRR', 'member add @sara org="IF Metall"'].join('\n'));
    await tb.say('poll new "Job fair in March?" options="Yes|No" anonymous');
    expect(await tb.text('@erik vote 1 yes')).toBe('Your anonymous vote in poll #1 is recorded. The choice is not repeated here, so that no message links it to you. You can change your vote until the poll closes.');
    await tb.say('@sara vote 1 no');
    expect(await tb.text('@sara vote 1 yes')).toBe('Your anonymous vote in poll #1 is changed.');
    expect(await tb.text('poll show 1')).toContain('The result is shown when the poll closes.\n1. Yes\n2. No\n2 of 3 have voted.');
    expect(await tb.text('poll close 1')).toBe('Poll #1 "Job fair in March?" is closed. Result: Yes won with 2 of 2 votes.');
    expect(await tb.text('poll show 1')).toContain('1. Yes: 2 votes\n2. No: 0 votes\n2 of 3 have voted.');
  });
});
