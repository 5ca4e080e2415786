// Issue 16, approved minutes on the public page: listed with links to their HTML and PDF, a feed
// entry per approval, the public version naming organisations only and hiding counts below the
// public threshold; a draft's address is the same 404 as an unknown one.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicPageRoutes } from '../../adapters/http/public-pages.js';
import { startHttpServer } from '../../adapters/http/server.js';
import { createLogger } from '../../src/logger.js';
import { testCharts } from '../support/charts.js';
import { setUpGroup } from '../support/group.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

const BASE = 'http://localhost:3978';
const URL_RE = /http:\/\/localhost:3978\/p\/([A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/;

async function pdfText(data: Uint8Array): Promise<string> {
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) pages.push((await (await doc.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' '));
  return pages.join('\n');
}

describe('approved minutes on the public page', () => {
  let tb: TestBot;
  let server: Server;
  let origin: string;
  let slug: string;
  beforeEach(async () => {
    tb = await createTestBot(); // anna: leader (Kommunen); erik: member (Arbetsförmedlingen); sara: observer (TRR)
    await setUpGroup(tb);
    const deps = { db: tb.db, charts: testCharts(createLogger('silent')), clock: tb.clock, baseUrl: BASE };
    server = await startHttpServer(0, publicPageRoutes(deps, createLogger('silent')), '127.0.0.1');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await tb.run([
      'möte ny 2026-11-24 10:00 plats="Kommunhuset, sal 2" länk=https://teams.example/hemligt',
      'dagordning lägg till "Framtidsmässa i mars"',
      ':clock 2026-11-24T10:30',
      'beslut "Vi ordnar en framtidsmässa i mars" punkt=1',
      'åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-11-30',
      'möte närvaro 1 närvarande=@anna,@erik frånvarande=@sara gäst="Lena Lind, Almi"',
      'möte ny 2026-12-01 10:00',
    ].join('\n'));
    slug = URL_RE.exec(await tb.text('ärende publicera på kontakt="Kommunen"'))![1]!;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await tb.close();
  });

  const get = (path: string) => fetch(origin + path);
  const approve = async () => {
    await tb.say('protokoll justerare 1 @erik');
    await tb.say(':clock 2026-11-25T09:00');
    await tb.say('@erik protokoll justera 1');
  };

  it('never shows a draft: the list is empty and its addresses are the 404 of an unknown one', async () => {
    await tb.say('protokoll justerare 1 @erik');
    expect(await (await get(`/p/${slug}`)).text()).toContain('<h2 id="minutes">Justerade minnesanteckningar</h2><p>Inga justerade minnesanteckningar ännu.</p>');
    for (const path of [`/p/${slug}/protokoll/1`, `/p/${slug}/protokoll/1.pdf`, `/p/${slug}/en/minutes/1`, `/p/${slug}/protokoll/9`, `/p/${slug}/protokoll/01`]) {
      const res = await get(path);
      expect([path, res.status, res.headers.get('content-type'), await res.text()]).toEqual([path, 404, 'text/plain; charset=utf-8', 'not found']);
    }
  });

  it('lists approved minutes with links to HTML and PDF, and serves the public version without names', async () => {
    await approve();
    const page = await (await get(`/p/${slug}`)).text();
    expect(page).toContain(`<h2 id="minutes">Justerade minnesanteckningar</h2><ul><li>Möte #1, 2026-11-24 <a href="/p/${slug}/protokoll/1">Minnesanteckningar från möte #1</a> <a href="/p/${slug}/protokoll/1.pdf">Minnesanteckningar från möte #1 (PDF)</a></li></ul>`);
    const en = await (await get(`/p/${slug}/en`)).text();
    expect(en).toContain(`<li>Meeting #1, 2026-11-24 <a href="/p/${slug}/en/minutes/1">Notes from meeting #1</a> <a href="/p/${slug}/en/minutes/1.pdf">Notes from meeting #1 (PDF)</a></li>`);

    const res = await get(`/p/${slug}/protokoll/1`);
    expect([res.status, res.headers.get('content-type'), res.headers.get('cache-control')]).toEqual([200, 'text/html; charset=utf-8', 'no-store']);
    const html = await res.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Justerat 2026-11-25.');
    expect(html).toContain('Vi ordnar en framtidsmässa i mars');
    expect(html).toContain('<h3 style="font-family: Calibri, Arial, sans-serif; font-size: 12pt;">Närvarande</h3>\n<ul style="font-family: Calibri, Arial, sans-serif;"><li>Arbetsförmedlingen</li><li>Kommunen</li></ul>');
    expect(html).toContain('<li>Almi</li>');
    expect(html).toContain('<li>#1 Boka lokal – Arbetsförmedlingen, senast 2026-11-30</li>');
    expect(html).toContain('<li>TRR</li>');
    for (const hidden of ['anna', 'erik', 'sara', 'Lena Lind', 'teams.example', 'Utkast', '**', '## ']) expect(html).not.toContain(hidden);
    expect(await (await get(`/p/${slug}/en/minutes/1`)).text()).toContain('Approved 2026-11-25.');

    const pdf = await get(`/p/${slug}/protokoll/1.pdf`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Närvarande');
    expect(text).toContain('Arbetsförmedlingen');
    for (const hidden of ['anna', 'erik', 'sara', 'Lena Lind']) expect(text).not.toContain(hidden);
    // Meeting 2 has no minutes approved: still nothing there.
    expect((await get(`/p/${slug}/protokoll/2`)).status).toBe(404);
  });

  it('leaves out an item a leader marked not for publication, also after approval; the group keeps it', async () => {
    await tb.say('dagordning lägg till "Stöd till Lisa S på Konga"');
    await tb.say('beslut "Lisa S får hjälp med CV" punkt=2');
    await approve();
    expect(await (await get(`/p/${slug}/protokoll/1`)).text()).toContain('Lisa S');
    expect(await tb.text('@erik dagordning ej-publik 2')).toBe('Det här får bara ledare göra. Inget har ändrats.');
    expect(await tb.text('dagordning ej-publik 2')).toBe('Punkt #2 publiceras inte: den och dess beslut utelämnas i de publika minnesanteckningarna, också redan justerade. Gruppens egna minnesanteckningar har kvar den. Stöd till Lisa S på Konga');
    expect(await tb.text('dagordning ej-publik 2')).toBe('Punkt #2 är redan markerad som ej publik. Inget har ändrats.');
    expect(await tb.text('agenda not-public 9')).toBe('There is no item #9 on the agenda. `agenda show` lists the items. Nothing was changed.');
    const html = await (await get(`/p/${slug}/protokoll/1`)).text();
    expect(html).not.toContain('Lisa S');
    expect(html).toContain('Framtidsmässa i mars (#1)');
    expect(await pdfText(new Uint8Array(await (await get(`/p/${slug}/protokoll/1.pdf`)).arrayBuffer()))).not.toContain('Lisa S');
    // The group's own minutes keep it.
    expect(await tb.text('protokoll 1')).toContain('Beslut: Lisa S får hjälp med CV');
    expect((await tb.db.agendaItem.findMany({ orderBy: { number: 'asc' } })).map((i) => i.public)).toEqual([true, false]);
    expect(await tb.text('agenda public 2')).toBe('Item #2 is shown in the public minutes again: Stöd till Lisa S på Konga');
    expect(await (await get(`/p/${slug}/protokoll/1`)).text()).toContain('Lisa S får hjälp med CV');
  });

  it('the feed has an entry per approval, at the instant of approval', async () => {
    await approve();
    const feed = await (await get(`/p/${slug}/feed.xml`)).text();
    expect(feed).toContain('<title>Justerade minnesanteckningar: möte #1, 2026-11-24</title>');
    expect(feed).toContain(`<link rel="alternate" type="text/html" href="${BASE}/p/${slug}/protokoll/1"/>`);
    expect(feed).toContain('<published>2026-11-25T08:00:00.000Z</published>');
  });
});
