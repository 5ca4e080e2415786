import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newCode } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70 inom=8 varseldatum=2026-09-01';

describe('case commands through the console', () => {
  let tb: TestBot;
  beforeEach(async () => { tb = await createTestBot(); });
  afterEach(async () => { await tb.close(); });

  it('creates a case, binds the channel and shows it', async () => {
    const [created] = await tb.say(NEW_CASE);
    expect(created).toMatchObject({ kind: 'post', channel: 'samverkan' });
    expect(created!.message.text).toContain('skapa en engångskod med `ärende kod`');
    const shown = await tb.text('ärende visa');
    for (const part of ['Konga Bruk konkurs', 'Tingsryd', 'Berörda: 211', 'Mål: 70 % i ny sysselsättning inom 8 månader', 'Varseldatum: 2026-09-01', 'Medlemmar: 1', 'Kanaler: 1']) expect(shown).toContain(part);
    const audit = await tb.db.auditEntry.findMany();
    expect(audit.map((a) => a.action)).toEqual(['case.create']);
  });

  it('refuses a bad argument, names it, changes nothing, and the next line still runs', async () => {
    const before = await snapshot(tb.db);
    const answer = await tb.text(NEW_CASE.replace('berörda=211', 'berörda=abc'));
    expect(answer).toContain('berörda');
    expect(answer).toContain('abc');
    expect(await snapshot(tb.db)).toEqual(before);
    expect((await tb.say(NEW_CASE))[0]!.kind).toBe('post');
  });

  it('answers in English when the English words are used', async () => {
    const answer = await tb.text('case new "X" company=Y municipality=Z affected=-4 kind=closure');
    expect(answer).toBe('Problem with affected: write a number from 1 to 1000000, not "-4". Nothing was changed.\nUsage: ' +
      'case new "<title>" company="…" municipality=… affected=<count> kind=notice|bankruptcy|closure [target=<percent>] [within=<months>] [noticedate=<date>] [org="…"]');
  });

  it('links a second channel with a leader\'s code once the leader approves, and posts to both', async () => {
    await tb.say(NEW_CASE);
    const code = await newCode(tb);
    await tb.say('#teams-kanal');
    expect(await tb.text('@erik ärende koppla XXXXX-XXXXX')).toContain('Den koden finns inte');
    expect((await tb.say(`@erik ärende koppla ${code.toLowerCase()}`)).map((o) => o.kind)).toEqual(['dm', 'reply']);
    await tb.say('#samverkan');
    const approved = await tb.say('medlem godkänn @erik org=TRR');
    expect(approved.map((o) => o.kind === 'post' && o.channel).sort()).toEqual(['samverkan', 'teams-kanal']);
    await tb.say('#teams-kanal');
    expect(await tb.text('@erik ärende visa')).toContain('Medlemmar: 2');
    expect(await tb.text(`ärende koppla ${await newCode(tb)}`)).toContain('hör redan till ärendet');
  });

  it('refuses a second case in a channel that has one', async () => {
    await tb.say(NEW_CASE);
    const before = await snapshot(tb.db);
    expect(await tb.text(NEW_CASE)).toContain('hör redan till ärendet "Konga Bruk konkurs"');
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('refuses non-members and channels without a case', async () => {
    expect(await tb.text('ärende visa')).toContain('hör inte till något ärende');
    await tb.say(NEW_CASE);
    expect(await tb.text('@okand ärende visa')).toContain('inte medlem');
  });

  it('lists the case commands in help, by area and with an example, in both languages', async () => {
    expect(await tb.text('hjälp')).toContain('*ärende* – ärendet och kanalerna som hör till det (ny, visa, koppla,');
    expect(await tb.text('help')).toContain('*case* – the case and the channels that belong to it (new, show, link,');
    const sv = await tb.text('hjälp ärende');
    const en = await tb.text('help case');
    for (const words of ['ärende ny', 'ärende visa', 'ärende koppla', 'Exempel: ärende koppla K7QF2-MH4XA']) expect(sv).toContain(words);
    for (const words of ['case new', 'case show', 'case link', 'Example: case link K7QF2-MH4XA']) expect(en).toContain(words);
    expect(await tb.text('hjälp ärende koppla')).toContain('ärende koppla K7QF2-MH4XA');
    expect(await tb.text('hjälp finnsinte')).toContain('Det finns inget kommando');
  });
});
