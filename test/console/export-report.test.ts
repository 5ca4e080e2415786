// Issue 16, reports to funders: `export rapport [från=… till=…] [pdf]` — the figures of the
// period per source with the chart, activities held with their outcomes, decisions and actions
// done, small counts hidden; the PDF is read back with pdf.js, the HTML has no Markdown.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpGroup } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

async function pdfText(data: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: data.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) pages.push((await (await doc.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' '));
  return pages.join('\n');
}

describe('export rapport', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // Monday 2026-11-23; anna: leader; erik: member; sara: observer
    await setUpGroup(tb);
    await tb.run([
      '@erik läge rapportera tillsvidare=20 söker=100 eget=2 datum=2026-11-10 källa=Arbetsförmedlingen',
      '@erik läge rapportera tillsvidare=30 söker=90 eget=2 datum=2026-11-20 källa=Arbetsförmedlingen',
      'läge rapportera tillsvidare=5 söker=40 datum=2026-10-01 källa=TRR',
      'aktivitet ny "Framtidsmässa" datum=2026-11-23 plats="Folkets hus" typ=mässa',
      'aktivitet resultat 1 deltagare=500 utställare=67 elever=160',
      'möte ny 2026-11-24 10:00',
      'beslut "Vi söker medel från Omställningsfonden" möte=1',
      'åtgärd ny "Boka lokal för mässan" ansvarig=@erik senast=2026-11-30',
      '@erik åtgärd klar 1',
    ].join('\n'));
  });
  afterEach(async () => { await tb.close(); });

  it('gives an HTML report of the period with every section, in Swedish and English, small counts hidden', async () => {
    const [out] = await tb.say('@erik export rapport från=2026-11-01 till=2026-11-30');
    expect(out!.message.text).toBe('Rapporten till finansiärerna som HTML-fil.');
    expect(out!.message.files!.map((f) => [f.name, f.mimeType])).toEqual([['rapport-2026-11-01-2026-11-30.html', 'text/html']]);
    const html = new TextDecoder().decode(out!.message.files![0]!.data);
    for (const part of ['<h1', 'Rapport – Konga Bruk konkurs', 'Perioden 2026-11-01 – 2026-11-30', 'Läget över tid', 'Arbetsförmedlingen 2026-11-10', 'Arbetsförmedlingen 2026-11-20',
      'Genomförda aktiviteter och resultat', 'Framtidsmässa, måndag 2026-11-23 (mässa): deltagare 500 · utställare 67 · elever 160',
      'Vi söker medel från Omställningsfonden', '#1 Boka lokal för mässan', '&lt;3']) expect(html).toContain(part);
    expect(html).toContain('<img src="data:image/png;base64,');
    // Outside the period: TRR's report of October.
    expect(html).not.toContain('TRR');
    for (const markdown of ['**', '## ', '`']) expect(html).not.toContain(markdown);
    const [en] = await tb.say('export report to=2026-11-30');
    const enHtml = new TextDecoder().decode(en!.message.files![0]!.data);
    for (const part of ['Report – Konga Bruk konkurs', 'Up to and including 2026-11-30', 'TRR 2026-10-01', 'Activities held and their outcomes', 'Actions done']) expect(enHtml).toContain(part);
  });

  it('gives a PDF with the sections and Swedish characters, read back', async () => {
    const [out] = await tb.say('export rapport från=2026-11-01 pdf');
    expect(out!.message.files!.map((f) => [f.name, f.mimeType])).toEqual([['rapport-2026-11-01-2026-11-23.pdf', 'application/pdf']]);
    const text = await pdfText(out!.message.files![0]!.data);
    for (const part of ['Rapport – Konga Bruk konkurs', 'Läget över tid', 'Genomförda aktiviteter och resultat', 'Framtidsmässa', 'Beslut', 'Genomförda åtgärder', 'Boka lokal för mässan', 'Omställningsfonden']) expect(text).toContain(part);
  });

  it('refuses a period that ends before it starts, and observers', async () => {
    const before = await snapshot(tb.db);
    expect(await tb.text('export rapport från=2026-11-20 till=2026-11-01')).toBe('Perioden börjar 2026-11-20 men slutar 2026-11-01: från-datumet måste vara före till-datumet. Inget har ändrats.');
    expect(await tb.text('export report from=2026-11-20 to=2026-11-01')).toBe('The period starts 2026-11-20 but ends 2026-11-01: the from date must come before the to date. Nothing was changed.');
    expect(await tb.text('@sara export rapport')).toContain('medlem');
    expect(await snapshot(tb.db)).toEqual(before);
  });
});
