import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedGroup } from '../support/seed.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

describe('inställning / setting', () => {
  let tb: TestBot;
  let caseId: number;
  beforeEach(async () => {
    tb = await createTestBot(); // Monday 2026-11-23 09:00
    ({ caseId } = await seedGroup(tb.db));
  });
  afterEach(async () => { await tb.close(); });

  it('lists every setting with its current value, to any member', async () => {
    expect(await tb.text('@erik inställning')).toBe(
      '*Inställningar – Konga Bruk konkurs*\nsammanfattningsdag: måndag\nsammanfattningstid: 08:00\npåminnelsetid: 09:00\ndagordningstimmar: 24 timmar\n' +
        'lägesdagar: 30 dagar\ntröskel: 3\nspråk: svenska\ntidszon: Europe/Stockholm\n' +
        'Ledare ändrar med `inställning <namn> <värde>`, till exempel `inställning sammanfattningstid 07:30`.\n\n' +
        'Dina egna\npåminnelser: alla\n' +
        'Påminnelser om dina åtgärder: alla = dagen före, samma dag, dagen efter och sedan varje vecka; veckovis = en gång i veckan; av = inga. Du ändrar dina egna, till exempel `inställning påminnelser veckovis`.',
    );
    expect(await tb.text('@erik setting')).toContain('digesttime: 08:00');
  });

  it('lets a leader move the digest; the change is posted and audited, and the scheduler follows it', async () => {
    const outs = await tb.say('inställning sammanfattningsdag fredag');
    expect(outs.map((o) => o.kind === 'post' && `#${o.channel}: ${o.message.text}`)).toEqual(['#samverkan: anna ändrade sammanfattningsdag från måndag till fredag.']);
    expect(await tb.text('inställning sammanfattningstid 7.30')).toBe('anna ändrade sammanfattningstid från 08:00 till 07:30.');
    const audit = await tb.db.auditEntry.findMany({ where: { action: 'setting.change' } });
    expect(audit.map((a) => JSON.parse(a.data))).toEqual([{ setting: 'digestDay', from: 1, to: 5 }, { setting: 'digestTime', from: { hour: 8, minute: 0 }, to: { hour: 7, minute: 30 } }]);
    const posts = (await tb.say(':clock 2026-11-30T09:00')).filter((o) => o.kind === 'post');
    expect(posts).toHaveLength(1);
    const claim = await tb.db.jobClaim.findFirstOrThrow({ where: { job: 'digest' } });
    expect(claim).toMatchObject({ period: '2026-W48', claimedAt: new Date('2026-11-27T06:30:00Z') }); // Friday 07:30
  });

  it('writes threshold, language and time zone to the case', async () => {
    expect(await tb.text('inställning tröskel 5')).toBe('anna ändrade tröskel från 3 till 5.');
    expect(await tb.text('setting threshold 0')).toBe('anna changed threshold from 5 to 0 (every count shown).');
    expect(await tb.text('inställning språk engelska')).toBe('anna ändrade språk från svenska till engelska.');
    expect(await tb.text('inställning tidszon America/New_York')).toBe('anna ändrade tidszon från Europe/Stockholm till America/New_York.');
    expect(await tb.db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ suppressionThreshold: 0, locale: 'en', timeZone: 'America/New_York' });
    // Scheduled texts follow the case language, times its zone: Monday 08:00 in New York is 13:00 UTC,
    // which today (09:00 in Stockholm) is still to come.
    const digests = (await tb.say(':clock 2026-11-30T14:00')).filter((o) => o.kind === 'post').map((o) => o.message.text);
    // The second quiet week posts nothing (a quiet case hears "nothing new" once).
    expect(digests).toEqual(['*Weekly digest, week 47, 16–22 November 2026 – Konga Bruk konkurs*\nNothing new this week.']);
    const claims = await tb.db.jobClaim.findMany({ where: { job: 'digest' }, orderBy: { id: 'asc' } });
    expect(claims.map((c) => c.claimedAt)).toEqual([new Date('2026-11-23T13:00:00Z'), new Date('2026-11-30T13:00:00Z')]);
  });

  it('refuses members, bad names and bad values, and changes nothing', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('@erik inställning tröskel 5')).toBe('Det här får bara ledare göra. Inget har ändrats.');
    expect(await tb.text('inställning tröskel 11')).toBe('Fel i värde: skriv ett tal från 0 till 10, inte "11". Inget har ändrats.\n' +
      'Så här: inställning [sammanfattningsdag|sammanfattningstid|påminnelsetid|dagordningstimmar|lägesdagar|tröskel|språk|tidszon|påminnelser <värde>]');
    expect(await tb.text('inställning sammanfattningsdag fyrdag')).toContain('Fel i värde: skriv en veckodag som måndag, inte "fyrdag"');
    expect(await tb.text('inställning tidszon Europe/Tingsryd')).toContain('Fel i värde: skriv en tidszon som Europe/Stockholm, inte "Europe/Tingsryd"');
    expect(await tb.text('inställning påminnelsetid')).toContain('Fel i värde: värde saknas.');
    expect(await tb.text('setting colour blue')).toContain('Problem with name: choose digestday | digesttime');
    expect(await snapshot(tb.db)).toEqual(before);
    expect(await tb.db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ suppressionThreshold: 3 });
  });
});
