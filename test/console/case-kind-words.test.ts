// A konkurs case speaks of its bankruptcy, not of a varsel (issue 15): the case card's date, the
// target's start and the base of a report, in Swedish and English, for both kinds.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot } from '../support/testbot.js';

const caseOf = (kind: string) => `ärende ny "Konga Bruk" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=${kind} mål=70 inom=8 varseldatum=2026-09-01`;

describe('the words of the case\'s kind', () => {
  let tb: TestBot;
  afterEach(async () => { await tb.close(); });

  it('konkurs: konkursdatum, från konkursen, bas berörda — in Swedish and English', async () => {
    tb = await createTestBot();
    await tb.say(caseOf('konkurs'));
    await tb.say('läge rapportera tillsvidare=20 söker=100');
    const card = await tb.text('ärende visa');
    expect(card).toContain('Konkursdatum: 2026-09-01');
    expect(card).not.toMatch(/[Vv]arsel/);
    const status = await tb.text('läge');
    expect(status).toContain('Mål 70 % inom 8 månader från konkursen:');
    expect(status).toContain('Källa TRR, bas berörda (N = 211), datum 2026-11-23.');
    expect(status).not.toMatch(/varsl/);
    expect(await tb.text('läge historik')).not.toMatch(/varsl/);
    expect(await tb.text('case show')).toContain('Bankruptcy date: 2026-09-01');
    const en = await tb.text('status');
    expect(en).toContain('within 8 months of the bankruptcy:');
    expect(en).toContain('base affected (N = 211)');
    expect(en).not.toMatch(/notice/);
  });

  it('varsel: varseldatum, från varslet, bas varslade — in Swedish and English', async () => {
    tb = await createTestBot();
    await tb.say(caseOf('varsel'));
    await tb.say('läge rapportera tillsvidare=20 söker=100');
    expect(await tb.text('ärende visa')).toContain('Varseldatum: 2026-09-01');
    const status = await tb.text('läge');
    expect(status).toContain('Mål 70 % inom 8 månader från varslet:');
    expect(status).toContain('Källa TRR, bas varslade (N = 211), datum 2026-11-23.');
    expect(await tb.text('case show')).toContain('Notice date: 2026-09-01');
    const en = await tb.text('status');
    expect(en).toContain('within 8 months of the notice:');
    expect(en).toContain('base given notice (N = 211)');
  });

  it('konkurs: the weekly digest\'s figures speak of berörda, not varslade — in Swedish and English', async () => {
    tb = await createTestBot();
    await tb.say(caseOf('konkurs'));
    await tb.say('läge rapportera tillsvidare=20 söker=100');
    const sv = (await tb.say(':clock 2026-11-30T08:00')).filter((o) => o.kind === 'post').map((o) => o.message.text).join('\n');
    expect(sv).toContain('Läge\n2026-11-23 (TRR): 20 av 211 berörda i ny sysselsättning (9 %).');
    expect(sv).not.toMatch(/varsl/);
    await tb.say('inställning språk engelska');
    await tb.say(':clock 2026-12-01T10:00');
    await tb.say('status report permanent=30 seeking=90');
    const en = (await tb.say(':clock 2026-12-07T08:00')).filter((o) => o.kind === 'post').map((o) => o.message.text).join('\n');
    expect(en).toContain('2026-12-01 (TRR): 30 of 211 affected in new occupation (14 %).');
    expect(en).not.toMatch(/notice/);
  });

  it('varsel: the weekly digest\'s figures speak of varslade', async () => {
    tb = await createTestBot();
    await tb.say(caseOf('varsel'));
    await tb.say('läge rapportera tillsvidare=20 söker=100');
    const sv = (await tb.say(':clock 2026-11-30T08:00')).filter((o) => o.kind === 'post').map((o) => o.message.text).join('\n');
    expect(sv).toContain('2026-11-23 (TRR): 20 av 211 varslade i ny sysselsättning (9 %).');
  });

  it('accepts konkursdatum= for the date of a konkurs', async () => {
    tb = await createTestBot();
    await tb.say('ärende ny "Konga Bruk" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs konkursdatum=2026-09-01');
    expect(await tb.db.case.findFirstOrThrow({ select: { noticeDate: true } })).toEqual({ noticeDate: '2026-09-01' });
  });
});
