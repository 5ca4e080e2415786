import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleOutput } from '../../adapters/console/session.js';
import { CHART_SIZE } from '../../src/charts/spec.js';
import { joinWithCode } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70 inom=8 varseldatum=2026-09-01';
const REPORTS = {
  october: 'läge rapportera tillsvidare=20 visstid=10 eget=2 studier=5 pension=1 program=10 söker=150 sjuk=4 avböjt=3 övrigt=6 datum=2026-10-01 källa=TRR',
  november: 'läge rapportera tillsvidare=55 visstid=20 eget=6 studier=7 pension=2 program=20 söker=80 sjuk=3 avböjt=5 övrigt=10 datum=15/11',
  january: 'läge rapportera tillsvidare=80 visstid=25 eget=9 studier=11 pension=2 program=14 söker=50 sjuk=1 avböjt=4 övrigt=15',
};
const JANUARY = { date: '2027-01-29', n: 211, permanent: 80, fixedTerm: 25, ownBusiness: 9, studies: 11, pension: 2, programme: 14, seeking: 50, sick: 1, declined: 4, other: 15 };

/** Anna creates the case (and leads it); Erik joins from a second channel as a member. */
async function caseWithMember(tb: TestBot): Promise<void> {
  await tb.say(NEW_CASE);
  await joinWithCode(tb, 'erik', 'teams-kanal');
}

/** The three reports over four months: 1 Oct and 15 Nov, then 29 Jan (reported that day). */
async function threeReports(tb: TestBot): Promise<ConsoleOutput[]> {
  await tb.say(`@erik ${REPORTS.october}`);
  await tb.say(`@erik ${REPORTS.november}`);
  tb.clock.set(new Date('2027-01-29T09:00:00Z'));
  return tb.say(`@erik ${REPORTS.january}`);
}

/** A minimal CSV reader for the files the bot writes (semicolons, quotes, CRLF, BOM). */
function parseCsv(data: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') { row.push(cell); cell = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += ch;
  }
  return rows;
}

const file = (o: ConsoleOutput | undefined, name: string) => o?.message.files?.find((f) => f.name === name);

describe('placement figures (läge)', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await caseWithMember(tb);
  });
  afterEach(async () => { await tb.close(); });

  it('posts each new report to every channel of the case, small counts suppressed', async () => {
    const posted = await threeReports(tb);
    expect(posted.map((o) => o.kind === 'post' && o.channel).sort()).toEqual(['samverkan', 'teams-kanal']);
    const text = posted[0]!.message.text;
    expect(text).toMatch(/^erik rapporterade ett nytt läge\.\n\*Läge 2027-01-29 – TRR\*/);
    expect(text).toContain('Pension: <3 av 211');
    expect(file(posted[0], 'lage.png')?.mimeType).toBe('image/png');
    expect(await tb.db.statusReport.count()).toBe(3);
    expect((await tb.db.auditEntry.findMany({ where: { action: 'figures.report' } })).length).toBe(3);
  });

  it('shows counts, shares, change and target progress of the latest report (N = 211, three reports)', async () => {
    await threeReports(tb);
    const [answer, ...rest] = await tb.say('@erik läge');
    expect(rest).toEqual([]);
    expect(answer!.kind).toBe('reply');
    const text = answer!.message.text;
    for (const line of [
      '*Läge 2027-01-29 – TRR*',
      'Ny sysselsättning (tillsvidare, visstid, eget företag, studier): 125 av 211 (59,2 %)',
      'Sedan förra rapporten från TRR (2026-11-15): +37 (+17,5 procentenheter).',
      'Mål 70 % inom 8 månader från konkursen: nu 59,2 %, 23 personer till behövs, 3 månader kvar.',
      'Källa TRR, bas berörda (N = 211), datum 2027-01-29.',
      'Tillsvidareanställning: 80 av 211 (37,9 %)',
      'Visstidsanställning: 25 av 211 (11,8 %)',
      'Eget företag: 9 av 211 (4,3 %)',
      'Studier: 11 av 211 (5,2 %)',
      'Pension: <3 av 211',
      'Arbetsmarknadspolitiskt program: 14 av 211 (6,6 %)',
      'Arbetssökande: 50 av 211 (23,7 %)',
      'Sjukskrivna: <3 av 211',
      'Avböjt/avbrutit stöd: 4 av 211 (1,9 %)',
      'Övrigt/okänt: 15 av 211 (7,1 %)',
      'Trend för ny sysselsättning (TRR, N = 211): ▂▄▅',
    ]) expect(text.split('\n')).toContain(line);
    expect(text).not.toMatch(/\b[12] av 211/);
    expect(text).not.toContain('Ej redovisade');
    const png = PNG.sync.read(Buffer.from(file(answer, 'lage.png')!.data));
    expect({ width: png.width, height: png.height }).toEqual(CHART_SIZE);
  });

  it('sends the exact figures to a leader by direct message and refuses others', async () => {
    await threeReports(tb);
    const outputs = await tb.say('läge exakt');
    const dms = outputs.filter((o) => o.kind === 'dm');
    expect(dms.map((o) => o.kind === 'dm' && o.to)).toEqual(['anna', 'anna']);
    const status = dms[0]!.message.text;
    expect(status).toContain('Pension: 2 av 211 (0,9 %)');
    expect(status).toContain('Sjukskrivna: 1 av 211 (0,5 %)');
    expect(status).not.toContain('<3');
    expect(file(dms[0], 'lage.png')).toBeDefined();
    expect(dms[1]!.message.text).toMatch(/2026-10-01 +TRR +berörda +211 +37 +17,5 +20 +10 +2 +5 +1 +10 +150 +4 +3 +6 +0/);
    expect(outputs.find((o) => o.kind === 'reply')?.message.text).toContain('skickade till dig som direktmeddelande');

    const refused = await tb.say('@erik läge exakt');
    expect(refused.map((o) => o.kind)).toEqual(['reply']);
    expect(refused[0]!.message.text).toContain('Det här får bara ledare göra');
  });

  it('hides a second count that would give a small one away, in the history table and the chart', async () => {
    await threeReports(tb);
    const history = await tb.text('läge historik');
    // October: eget företag 2 is small; studier 5 would give it away through the total 37, and
    // pension 1 through N, so avböjt 3 (the smallest other) is hidden as well.
    expect(history).toMatch(/2026-10-01 +TRR +berörda +211 +37 +17,5 +20 +10 +<3 +x +<3 +10 +150 +4 +x +6 +0/);
    expect(history).toMatch(/2026-11-15 +TRR +berörda +211 +88 +41,7 +55 +20 +6 +7 +<3 +20 +80 +x +5 +10 +3/);
    expect(history).toContain('<3 betyder färre än 3 personer');
  });

  it('follows the case threshold: 0 turns suppression off, 5 hides up to 4', async () => {
    await threeReports(tb);
    await tb.db.case.updateMany({ data: { suppressionThreshold: 0 } });
    const open = await tb.text('läge');
    expect(open).toContain('Sjukskrivna: 1 av 211 (0,5 %)');
    expect(open).not.toContain('färre än');
    await tb.db.case.updateMany({ data: { suppressionThreshold: 5 } });
    const strict = await tb.text('läge');
    expect(strict).toContain('Avböjt/avbrutit stöd: <5 av 211');
    expect(strict).toContain('Pension: <5 av 211');
  });

  it('answers with exact figures in a direct conversation linked to the case', async () => {
    await threeReports(tb);
    const theCase = await tb.db.case.findFirstOrThrow();
    await tb.db.channelLink.create({ data: { caseId: theCase.id, platform: 'console', channelId: 'dm-anna', createdAt: tb.clock.now() } });
    const [answer] = await tb.bot.handle({ platform: 'console', user: { id: 'anna', name: 'anna' }, channel: { id: 'dm-anna', direct: true }, text: 'läge' });
    expect(answer!.message.text).toContain('Pension: 2 av 211 (0,9 %)');
  });

  it('gives an observer or member the suppressed figures also in their own direct conversation linked to the case', async () => {
    await threeReports(tb);
    await tb.say('medlem lägg till @olle org=Företaget roll=observatör');
    const theCase = await tb.db.case.findFirstOrThrow();
    for (const who of ['olle', 'erik']) {
      await tb.db.channelLink.create({ data: { caseId: theCase.id, platform: 'console', channelId: `dm-${who}`, createdAt: tb.clock.now() } });
      const [answer] = await tb.bot.handle({ platform: 'console', user: { id: who, name: who }, channel: { id: `dm-${who}`, direct: true }, text: 'läge' });
      expect(answer!.message.text, who).toContain('Pension: <3 av 211');
      expect(answer!.message.text, who).not.toContain('Pension: 2 av 211');
    }
  });

  it('replaces a report for the same date and source only after confirmation, keeping the old one in the log', async () => {
    await tb.say(`@erik ${REPORTS.november}`);
    const before = await snapshot(tb.db);
    const [ask] = await tb.say('@erik läge rapportera tillsvidare=60 söker=100 datum=2026-11-15 källa=trr');
    expect(ask!.kind).toBe('reply');
    expect(ask!.message.text).toContain('Det finns redan en rapport från TRR för 2026-11-15. Inget har ändrats.');
    expect(await snapshot(tb.db)).toEqual(before);
    const command = ask!.message.card!.sections[0]!.buttons![0]!.command;
    expect(command).toBe('läge rapportera tillsvidare=60 söker=100 datum=2026-11-15 källa=TRR bas=varslade n=211 bekräfta');

    const [done] = await tb.say(`@erik ${command}`);
    expect(done!.kind).toBe('post');
    expect(done!.message.text).toContain('erik ersatte lägesrapporten från TRR för 2026-11-15');
    const rows = await tb.db.statusReport.findMany();
    expect(rows.map((r) => [r.reportDate, r.source, r.permanent, r.fixedTerm, r.seeking])).toEqual([['2026-11-15', 'TRR', 60, null, 100]]);
    const replaced = await tb.db.auditEntry.findFirstOrThrow({ where: { action: 'figures.replace' } });
    expect(JSON.parse(replaced.data).previous).toMatchObject({ date: '2026-11-15', counts: { permanent: 55, fixedTerm: 20, seeking: 80 } });
  });

  it('offers the replacement in English as a command that runs', async () => {
    await tb.say('@erik status report permanent=10 source="Trygghetsfonden TSL" base=enrolled n=150');
    const [ask] = await tb.say('@erik status report permanent=12 seeking=3 source="trygghetsfonden tsl" base=enrolled n=150');
    const command = ask!.message.card!.sections[0]!.buttons![0]!.command;
    expect(command).toBe('status report permanent=12 seeking=3 date=2026-11-23 source="Trygghetsfonden TSL" base=enrolled n=150 confirm');
    const [done] = await tb.say(`@erik ${command}`);
    expect(done!.message.text).toContain('erik replaced the status report from Trygghetsfonden TSL for 2026-11-23');
    expect(await tb.db.statusReport.findMany({ select: { source: true, base: true, n: true, permanent: true, seeking: true } })).toEqual([{ source: 'Trygghetsfonden TSL', base: 'inskrivna', n: 150, permanent: 12, seeking: 3 }]);
  });

  it('keeps reports from different sources apart and, without an organisation, continues the reporter\'s own latest source', async () => {
    await tb.say(`@erik ${REPORTS.november}`);
    await tb.say('@erik läge rapportera tillsvidare=40 datum=2026-11-15 källa=AF');
    expect(await tb.db.statusReport.count()).toBe(2);
    await tb.say('@erik läge rapportera tillsvidare=41 datum=2026-11-20');
    expect((await tb.db.statusReport.findFirstOrThrow({ where: { reportDate: '2026-11-20' } })).source).toBe('AF');
    expect(await tb.text('läge')).toContain('Sedan förra rapporten från AF (2026-11-15): +1 (+0,5 procentenheter).');
  });

  it('shows categories left out of a report as not reported, not as 0, and stores them as such', async () => {
    await tb.say('@erik läge rapportera tillsvidare=20 söker=100 källa=TRR');
    const text = await tb.text('läge');
    expect(text).toContain('Pension: ej rapporterat');
    expect(text).not.toContain('Pension: 0 av 211');
    expect(text).toContain('Arbetssökande: 100 av 211');
    expect(await tb.db.statusReport.findFirstOrThrow({ select: { permanent: true, pension: true, seeking: true } })).toEqual({ permanent: 20, pension: null, seeking: 100 });
    expect(await tb.text('status')).toContain('Pension: not reported');
    const [csv] = await tb.say('@erik export läge');
    expect(csv!.message.text).toContain('2026-11-23;TRR;berörda;211;20;9,5;20;;;;;;100;;;;91');
  });

  it('exports CSV that parses back to exactly the numbers reported', async () => {
    await threeReports(tb);
    const outputs = await tb.say('export läge exakt');
    const dm = outputs.find((o) => o.kind === 'dm');
    const csv = file(dm, 'lage.csv')!;
    expect(csv.mimeType).toBe('text/csv');
    const [header, ...rows] = parseCsv(csv.data);
    expect(header!.slice(0, 6)).toEqual(['Datum', 'Källa', 'Bas', 'N', 'Ny sysselsättning', 'Andel ny sysselsättning (%)']);
    expect(rows).toHaveLength(3);
    const last = Object.fromEntries(header!.map((h, i) => [h, rows[2]![i]]));
    expect(last).toEqual({
      'Datum': JANUARY.date, 'Källa': 'TRR', 'Bas': 'berörda', 'N': '211', 'Ny sysselsättning': '125', 'Andel ny sysselsättning (%)': '59,2',
      'Tillsvidareanställning': '80', 'Visstidsanställning': '25', 'Eget företag': '9', 'Studier': '11', 'Pension': '2',
      'Arbetsmarknadspolitiskt program': '14', 'Arbetssökande': '50', 'Sjukskrivna': '1', 'Avböjt/avbrutit stöd': '4', 'Övrigt/okänt': '15', 'Ej redovisade': '0',
    });
    const stored = await tb.db.statusReport.findMany({ orderBy: { reportDate: 'asc' } });
    const columns = ['permanent', 'fixedTerm', 'ownBusiness', 'studies', 'pension', 'programme', 'seeking', 'sick', 'declined', 'other'] as const;
    expect(rows.map((r) => [r[0], Number(r[3]), ...r.slice(6, 16).map(Number)])).toEqual(stored.map((s) => [s.reportDate, s.n, ...columns.map((c) => s[c])]));
  });

  it('exports CSV with small counts suppressed in the channel, and prints it in the console', async () => {
    await threeReports(tb);
    const [reply] = await tb.say('@erik export läge');
    expect(reply!.kind).toBe('reply');
    expect(reply!.message.text).toContain('2027-01-29;TRR;berörda;211;125;59,2;80;25;9;11;<3;14;50;<3;4;15;0');
    const rows = parseCsv(file(reply, 'lage.csv')!.data);
    expect(rows[3]![10]).toBe('<3');
  });

  it('exports the actions as CSV', async () => {
    const theCase = await tb.db.case.findFirstOrThrow();
    const erik = await tb.db.member.findFirstOrThrow({ where: { user: { externalId: 'erik' } } });
    const org = await tb.db.organisation.create({ data: { caseId: theCase.id, name: 'Tingsryds kommun' } });
    await tb.db.action.create({ data: { caseId: theCase.id, number: 1, text: 'Boka lokal; "Folkets hus"', ownerId: erik.id, organisationId: org.id, dueDate: '2026-12-01', createdById: erik.id, status: 'in_progress', createdAt: new Date('2026-11-02T23:30:00Z') } });
    await tb.db.action.create({ data: { caseId: theCase.id, number: 2, text: '=jobbmässa', dueDate: '2026-12-15', createdById: erik.id, status: 'done', createdAt: new Date('2026-11-20T10:00:00Z'), closedAt: new Date('2026-11-23T08:00:00Z') } });
    const [reply] = await tb.say('export åtgärder');
    const rows = parseCsv(file(reply, 'atgarder.csv')!.data);
    expect(rows).toEqual([
      ['Nr', 'Åtgärd', 'Ansvarig', 'Organisation', 'Senast', 'Status', 'Skapad', 'Avslutad'],
      // Days are local (Stockholm): 23:30 UTC on 2 Nov is 3 Nov there.
      ['1', 'Boka lokal; "Folkets hus"', 'erik', 'Tingsryds kommun', '2026-12-01', 'pågår', '2026-11-03', ''],
      ['2', "'=jobbmässa", '', '', '2026-12-15', 'klar', '2026-11-20', '2026-11-23'],
    ]);
    expect((await tb.say('export actions'))[0]!.message.text).toContain('No;Action;Owner;Organisation;Due;Status;Created;Closed');
  });

  it('answers before the first report and in English', async () => {
    expect(await tb.text('läge')).toContain('Det finns ingen lägesrapport än');
    await tb.say(`@erik ${REPORTS.november}`);
    const en = await tb.text('status');
    expect(en).toContain('New occupation (permanent, fixed-term, own business, studies): 88 of 211 (41.7%)');
    expect(en).toContain('No earlier report from TRR to compare with.');
    expect(en).toContain('Target 70% within 8 months of the bankruptcy: now 41.7%, 60 more people needed, 5 months left.');
  });
});

describe('bad reports are refused with the reason and change nothing', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot();
    await caseWithMember(tb);
  });
  afterEach(async () => { await tb.close(); });

  const cases: [string, string][] = [
    ['läge rapportera tillsvidare=-3 söker=10', 'Fel i tillsvidare: skriv ett tal från 0 till 1000000, inte "-3". Inget har ändrats.'],
    ['läge rapportera tillsvidare=tio', 'Fel i tillsvidare: skriv ett heltal, inte "tio". Inget har ändrats.'],
    ['läge rapportera eget=2,5', 'Fel i eget: skriv ett heltal, inte "2,5". Inget har ändrats.'],
    ['läge rapportera tillsvidare=200 söker=20', 'Kategorierna summerar till 220, men N är 211: summan får inte vara större än N. Inget har ändrats.'],
    ['läge rapportera tillsvidare=50 söker=20 n=60', 'Kategorierna summerar till 70, men N är 60'],
    ['läge rapportera tillsvidare=5 datum=imorgon', 'Fel i datum: datumet 2026-11-24 ligger efter idag (2026-11-23). Inget har ändrats.'],
    ['läge rapportera tillsvidare=5 datum=31/11', 'Fel i datum: datumet "31/11" finns inte i kalendern'],
    ['läge rapportera', 'Ange minst en kategori, till exempel tillsvidare=12. Inget har ändrats.'],
    ['läge rapportera tillsvidare=5 bas=inskrivna', 'Med bas=inskrivna behövs också n=<antal>'],
    ['läge rapportera tillsvidare=5 bas=alla n=100', 'Fel i bas: välj varslade | uppsagda | inskrivna, inte "alla"'],
    ['läge rapportera tillsvidare=5 anställda=3', 'Fel i anställda: okänd nyckel'],
    ['status report permanent=-3', 'Problem with permanent: write a number from 0 to 1000000, not "-3". Nothing was changed.'],
    ['status report permanent=ten', 'Problem with permanent: write a whole number, not "ten". Nothing was changed.'],
    ['status report permanent=200 seeking=20', 'The categories add up to 220, but N is 211: the sum may not exceed N. Nothing was changed.'],
    ['status report permanent=5 date=tomorrow', 'Problem with date: the date 2026-11-24 is after today (2026-11-23). Nothing was changed.'],
    ['status report', 'Give at least one category, for example permanent=12. Nothing was changed.'],
    ['status report permanent=5 base=enrolled', 'With base=enrolled n=<count> is needed too'],
  ];

  it.each(cases)('%s', async (line, reason) => {
    const before = await snapshot(tb.db);
    expect(await tb.text(`@erik ${line}`)).toContain(reason);
    expect(await snapshot(tb.db)).toEqual(before);
  });

  it('refuses observers and non-members', async () => {
    const theCase = await tb.db.case.findFirstOrThrow();
    const olle = await tb.db.user.create({ data: { platform: 'console', externalId: 'olle', displayName: 'olle', createdAt: tb.clock.now() } });
    await tb.db.member.create({ data: { caseId: theCase.id, userId: olle.id, role: 'observer', joinedAt: tb.clock.now() } });
    const before = await snapshot(tb.db);
    expect(await tb.text('@olle läge rapportera tillsvidare=5')).toContain('Det här får bara medlemmar göra');
    expect(await tb.text('@okand läge rapportera tillsvidare=5')).toContain('inte medlem');
    expect(await snapshot(tb.db)).toEqual(before);
    expect(await tb.text('@olle läge')).toContain('ingen lägesrapport');
  });
});
