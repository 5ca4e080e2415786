// The minutes as documents (issue 16): HTML that pastes cleanly into Outlook and Word (no Markdown,
// every user text escaped) and a PDF for the registry, read back with pdf.js: its text, Swedish
// characters and the embedded font, in Swedish and English.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { MinutesAction, MinutesInput } from '../../src/domain/minutes.js';
import { minutesHtml } from '../../src/render/minutes/html.js';
import { minutesPdf } from '../../src/render/minutes/pdf.js';

const action = (number: number, text: string, due: string): MinutesAction => ({ number, text, owner: 'Erik Ek', organisation: 'Arbetsförmedlingen', due, status: 'open' });

function input(overrides: { caseTitle?: string; item?: string; guest?: string; actions?: number } = {}): MinutesInput {
  return {
    content: {
      caseTitle: overrides.caseTitle ?? 'Konga Bruk konkurs',
      timeZone: 'Europe/Stockholm',
      meeting: { number: 2, startsAt: '2027-01-11T09:00:00.000Z', date: '2027-01-11', place: 'Kommunhuset, sal 2', link: null },
      attendance: {
        recorded: true,
        present: [{ name: 'Anna Åberg', organisation: 'Tingsryds kommun', leader: true }, { name: 'Erik Ek', organisation: 'Arbetsförmedlingen' }],
        absent: [{ name: 'Sören Öst', organisation: 'IF Metall' }],
        standIns: [{ name: 'Lena Ärlig', forName: 'Sören Öst', organisation: 'IF Metall' }],
        guests: [{ name: overrides.guest ?? 'Lena Lind', organisation: 'Almi Företagspartner' }],
        unrecorded: [],
      },
      agenda: [{ number: 1, text: overrides.item ?? 'Framtidsmässa i Älmhult', state: 'handled', decisions: ['Mässan hålls i mars'] }],
      otherDecisions: ['Gruppen träffas varje tisdag'],
      figures: { threshold: 3, reports: [{ date: '2027-01-08', source: 'TRR', base: 'varslade', n: 211, counts: { permanent: 40, fixedTerm: 2, ownBusiness: 5, studies: 9, pension: 10, programme: 12, seeking: 100, sick: 4, declined: 3, other: 1 } }] },
      opened: [action(3, 'Boka lokal för mässan', '2027-02-01')],
      closed: [],
      open: Array.from({ length: overrides.actions ?? 1 }, (_, i) => action(3 + i, i ? `Åtgärd nummer ${3 + i} med en ganska lång text som måste radbrytas på sidan för att få plats` : 'Boka lokal för mässan', '2027-02-01')),
      overdue: [action(1, 'Ring Almi om lokaler', '2027-01-05')],
    },
    approval: { version: 1, correction: null, approvers: [{ name: 'Erik Ek', approvedAt: '2027-01-12T08:00:00.000Z' }, { name: 'Sara Sund', approvedAt: '2027-01-12T10:00:00.000Z' }], approvedAt: '2027-01-12T10:00:00.000Z' },
    drafted: '2027-01-12T10:00:00.000Z',
  };
}

/** The text a reader of the HTML sees: tags out, entities read. */
function visibleText(html: string): string {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('minutes as HTML', () => {
  it('is semantic HTML with inline styles only and no Markdown syntax, Swedish characters as they are', () => {
    const html = minutesHtml(input(), 'sv');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html).toContain('<meta charset="utf-8">');
    for (const tag of ['<h1 ', '<h2 ', '<h3 ', '<ul ', '<ol ', '<li>', '<table ', '<th ', '<td ']) expect(html).toContain(tag);
    expect(html).not.toMatch(/<style|class=|<link/);
    const text = visibleText(html);
    for (const markdown of ['**', '##', '__', '```', '`']) expect(text).not.toContain(markdown);
    expect(text.split('\n').filter((line) => /^\s*([-*+] |\d+\. )/.test(line))).toEqual([]);
    expect(text).toContain('Minnesanteckningar – Konga Bruk konkurs');
    expect(text).toContain('Justerat 2027-01-12 av Erik Ek och Sara Sund.');
    expect(text).toContain('Åtgärder');
    expect(text).toContain('Framtidsmässa i Älmhult (#1) – behandlad');
    expect(text).toContain('Lena Ärlig för Sören Öst');
    // The figures as suppressed for a shared channel: 2 and 1 are small, and one more cell covers them.
    expect(html).toMatch(/Visstidsanställning<\/th><td[^>]*>&lt;3<\/td>/);
    expect(html).toMatch(/Övrigt\/okänt<\/th><td[^>]*>&lt;3<\/td>/);
  });

  it('is in English too', () => {
    const text = visibleText(minutesHtml(input(), 'en'));
    expect(text).toContain('Meeting notes – Konga Bruk konkurs');
    expect(text).toContain('Approved 2027-01-12 by Erik Ek and Sara Sund.');
    expect(text).toContain('Actions');
    expect(text).toContain('Framtidsmässa i Älmhult (#1) – handled');
  });

  it('escapes user text: a script, an ampersand and quotes read as typed and run nothing', () => {
    const hostile = '<script>alert("x")</script> & \'Bruk\' <b>fet</b>';
    const html = minutesHtml(input({ caseTitle: hostile, item: hostile, guest: hostile }), 'sv');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Bruk&#39; &lt;b&gt;fet&lt;/b&gt;');
    expect(visibleText(html)).toContain(`Minnesanteckningar – ${hostile}`);
    expect(html.match(/<title>[^<]*<\/title>/)![0]).toBe(`<title>Minnesanteckningar – &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Bruk&#39; &lt;b&gt;fet&lt;/b&gt;</title>`);
  });
});

async function readPdf(data: Uint8Array): Promise<{ pages: string[]; fonts: { name: string; embedded: boolean }[] }> {
  const doc = await getDocument({ data: data.slice(), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  const fonts = new Map<string, boolean>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' '));
    const ops = await page.getOperatorList();
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.setFont) return;
      const font = page.commonObjs.get(ops.argsArray[i][0]) as { name: string; missingFile: boolean };
      fonts.set(font.name, !font.missingFile);
    });
  }
  await doc.destroy();
  return { pages, fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })) };
}

describe('minutes as PDF', () => {
  it('reads back in Swedish with å, ä and ö right, in an embedded font', async () => {
    const data = await minutesPdf(input(), 'sv');
    expect(new TextDecoder().decode(data.slice(0, 5))).toBe('%PDF-');
    const { pages, fonts } = await readPdf(data);
    const text = pages.join(' ');
    for (const expected of ['Minnesanteckningar – Konga Bruk konkurs', 'Åtgärder', 'Närvaro', 'Justerat 2027-01-12 av Erik Ek och Sara Sund.', 'Framtidsmässa i Älmhult', 'Lena Ärlig för Sören Öst', 'Försenade', 'Ring Almi om lokaler', 'Läget vid mötet']) {
      expect(text).toContain(expected);
    }
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/); // a subset of DejaVu Sans
      expect(font.embedded).toBe(true);
    }
  });

  it('reads back in English', async () => {
    const text = (await readPdf(await minutesPdf(input(), 'en'))).pages.join(' ');
    for (const expected of ['Meeting notes – Konga Bruk konkurs', 'Actions', 'Attendance', 'Approved 2027-01-12 by Erik Ek and Sara Sund.', 'Framtidsmässa i Älmhult', 'Overdue']) expect(text).toContain(expected);
  });

  it('wraps long lines and continues on new pages', async () => {
    const { pages } = await readPdf(await minutesPdf(input({ actions: 60 }), 'sv'));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)).toContain('#62 Åtgärd nummer 62');
    expect(pages.join(' ')).toContain('radbrytas på sidan för att få plats');
  });

  it('gives the same file for the same minutes', async () => {
    expect(Buffer.from(await minutesPdf(input(), 'sv')).equals(Buffer.from(await minutesPdf(input(), 'sv')))).toBe(true);
  });
});
