// Figures of several sources (issue 15): whose a report is, who may replace it, and changes that
// compare one source with itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpGroup } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

describe('figures of several sources', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // anna: leader (Kommunen); erik: member (Arbetsförmedlingen)
    await setUpGroup(tb);
    await tb.say('medlem lägg till @lena org=TRR');
  });
  afterEach(async () => { await tb.close(); });

  it('files a report without källa= under the reporter\'s organisation, not the last source used', async () => {
    await tb.say('@erik läge rapportera tillsvidare=20 söker=100 källa=Arbetsförmedlingen');
    const [posted] = await tb.say('@lena läge rapportera tillsvidare=37 söker=90');
    expect(posted!.kind).toBe('post');
    expect(posted!.message.text).toContain('Läge 2026-11-23 – TRR');
    const rows = await tb.db.statusReport.findMany({ orderBy: { id: 'asc' }, select: { source: true, permanent: true } });
    expect(rows).toEqual([{ source: 'Arbetsförmedlingen', permanent: 20 }, { source: 'TRR', permanent: 37 }]);
  });

  it('lets only the original reporter or a leader replace a report, and never offers to replace another source\'s', async () => {
    await tb.say('@erik läge rapportera tillsvidare=20 söker=100 källa=Arbetsförmedlingen');
    const before = await snapshot(tb.db);
    // Lena (TRR) naming AF's source: refused, no button, nothing changed.
    const [refused] = await tb.say('@lena läge rapportera tillsvidare=37 källa=Arbetsförmedlingen');
    expect(refused!.message.text).toContain('Det finns redan en rapport från Arbetsförmedlingen för 2026-11-23. Bara den som rapporterade den eller en ledare kan ersätta den');
    expect(refused!.message.card?.sections.some((s) => s.buttons?.length)).toBeFalsy();
    const [forced] = await tb.say('@lena läge rapportera tillsvidare=37 källa=Arbetsförmedlingen bekräfta');
    expect(forced!.message.text).toContain('Bara den som rapporterade den eller en ledare kan ersätta den');
    expect(await snapshot(tb.db)).toEqual(before);
    // The leader may; the button replaces that very source's report.
    const [ask] = await tb.say('läge rapportera tillsvidare=21 söker=100 källa=arbetsförmedlingen');
    const command = ask!.message.card!.sections[0]!.buttons![0]!.command;
    expect(command).toContain('källa=Arbetsförmedlingen');
    await tb.say(command);
    expect(await tb.db.statusReport.findMany({ select: { source: true, permanent: true } })).toEqual([{ source: 'Arbetsförmedlingen', permanent: 21 }]);
  });

  it('refuses in English too', async () => {
    await tb.say('@erik läge rapportera tillsvidare=20 söker=100 källa=Arbetsförmedlingen');
    const [refused] = await tb.say('@lena status report permanent=37 source=Arbetsförmedlingen');
    expect(refused!.message.text).toContain('Only whoever reported it or a leader can replace it');
  });

  it('compares within one source and says which, in the digest and in läge alike', async () => {
    await tb.say('@erik läge rapportera tillsvidare=20 söker=100 datum=2026-11-20 källa=Arbetsförmedlingen');
    await tb.say('@lena läge rapportera tillsvidare=37 söker=90');
    // Only one report from TRR: nothing to compare with, in either place.
    expect(await tb.text('läge')).toContain('Ingen tidigare rapport från TRR att jämföra med.');
    expect(await tb.text('sammanfattning')).not.toMatch(/sedan/);
    tb.clock.set(new Date('2026-11-30T09:00:00Z'));
    await tb.say('@lena läge rapportera tillsvidare=40 söker=90');
    expect(await tb.text('läge')).toContain('Sedan förra rapporten från TRR (2026-11-23): +3 (+1,4 procentenheter).');
    expect(await tb.text('sammanfattning')).toContain('+3 sedan förra rapporten från TRR (2026-11-23).');
    await tb.db.case.updateMany({ data: { locale: 'en' } });
    expect(await tb.text('digest')).toContain('+3 since the previous report from TRR (2026-11-23).');
  });
});

describe('withdrawing a wrong report', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await setUpGroup(tb);
    await tb.say('medlem lägg till @lena org=TRR');
    await tb.say('@lena läge rapportera tillsvidare=30 söker=90 datum=2026-11-10');
    await tb.say('@lena läge rapportera tillsvidare=37 söker=90 datum=2026-11-20');
  });
  afterEach(async () => { await tb.close(); });

  it('lets a leader withdraw a report, keeping its values in the log, and no change is read from it any more', async () => {
    const [posted] = await tb.say('läge återkalla datum=2026-11-20 källa=trr');
    expect(posted!.kind).toBe('post');
    expect(posted!.message.text).toContain('anna återkallade lägesrapporten från TRR för 2026-11-20. Siffrorna finns kvar i loggen.');
    expect(await tb.db.statusReport.findMany({ select: { reportDate: true } })).toEqual([{ reportDate: '2026-11-10' }]);
    const entry = await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'figures.withdraw' } });
    expect(JSON.parse(entry.data).previous).toMatchObject({ date: '2026-11-20', source: 'TRR', counts: { permanent: 37, seeking: 90 } });
    expect(await tb.text('läge')).toContain('Ingen tidigare rapport från TRR att jämföra med.');
  });

  it('refuses members, and a report that does not exist, in both languages, changing nothing', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('@lena läge återkalla datum=2026-11-20 källa=TRR')).toMatch(/ledare/);
    expect(await tb.text('läge återkalla datum=2026-11-21 källa=TRR')).toContain('Det finns ingen rapport från TRR för 2026-11-21.');
    expect(await tb.text('status withdraw date=2026-11-21 source=TRR')).toContain('There is no report from TRR for 2026-11-21.');
    expect(await snapshot(tb.db)).toEqual(before);
    const [done] = await tb.say('status withdraw date=2026-11-10 source=TRR');
    expect(done!.message.text).toContain('anna withdrew the status report from TRR for 2026-11-10.');
  });
});
