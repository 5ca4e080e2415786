// Issue 16, parts 4 and 5: a leader publishes the case's public page; the page shows only what the
// group published — description, contact, the figures with small counts suppressed, never a
// member's name — with a feed and an accessibility statement; unpublishing removes it at once.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicPageRoutes } from '../../adapters/http/public-pages.js';
import { startHttpServer } from '../../adapters/http/server.js';
import { createLogger } from '../../src/logger.js';
import { testCharts } from '../support/charts.js';
import { setUpGroup } from '../support/group.js';
import { contents, createTestBot, type TestBot } from '../support/testbot.js';

const BASE = 'http://localhost:3978';
const URL_RE = /http:\/\/localhost:3978\/p\/([A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/;
const PUBLISH = 'ärende publicera på beskrivning="Stöd efter konkursen <script>alert(1)</script> & mer" kontakt="Näringslivskontoret, 0477-441 00"';

describe('the public page of a case', () => {
  let tb: TestBot;
  let server: Server;
  let origin: string;
  beforeEach(async () => {
    tb = await createTestBot(); // anna: leader; erik: member (Arbetsförmedlingen); sara: observer (TRR)
    await setUpGroup(tb);
    const deps = { db: tb.db, charts: testCharts(createLogger('silent')), clock: tb.clock, baseUrl: BASE };
    server = await startHttpServer(0, publicPageRoutes(deps, createLogger('silent')), '127.0.0.1');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await tb.close();
  });

  const get = (path: string) => fetch(origin + path);
  const slugOf = (text: string) => URL_RE.exec(text)![1]!;

  it('is off by default, and a random address answers 404 with nothing of the case', async () => {
    expect(await tb.text('ärende publicera')).toContain('Den publika sidan är inte publicerad. Slå på den med `ärende publicera på`.');
    expect(await tb.db.casePublication.count()).toBe(0);
    const res = await get('/p/AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('not found');
  });

  it('is published by a leader with description and contact: announced with its address, audited', async () => {
    const [post] = await tb.say(PUBLISH);
    expect(post!.kind).toBe('post');
    expect(post!.message.text).toContain('anna publicerade ärendets publika sida: http://localhost:3978/p/');
    const slug = slugOf(post!.message.text);
    expect(Buffer.from(slug, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const row = await tb.db.casePublication.findFirstOrThrow();
    expect(row).toMatchObject({ slug, published: true, contact: 'Näringslivskontoret, 0477-441 00', createdAt: tb.clock.now() });
    const audits = await tb.db.auditEntry.findMany({ where: { entity: 'CasePublication' }, select: { action: true } });
    expect(audits.map((a) => a.action)).toEqual(['case.publish_texts', 'case.publish']);
    expect(await tb.text('ärende publicera')).toContain(`Den publika sidan är publicerad: ${BASE}/p/${slug}`);
  });

  it('shows the description escaped, the contact and the figures suppressed, and names no member', async () => {
    await tb.say('@erik läge rapportera tillsvidare=40 visstid=10 eget=1 studier=5 söker=100 källa=AF datum=2026-11-01');
    await tb.say('läge rapportera tillsvidare=30 visstid=10 eget=5 studier=5 söker=100 källa=TRR datum=2026-11-20');
    const slug = slugOf(await tb.text(PUBLISH));
    const res = await get(`/p/${slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Konga Bruk konkurs</h1>');
    expect(html).toContain('Stöd efter konkursen &lt;script&gt;alert(1)&lt;/script&gt; &amp; mer');
    expect(html).not.toContain('<script');
    expect(html).toContain('Näringslivskontoret, 0477-441 00');
    // Both sources, the latest first; AF's own business (1) is below 3.
    expect(html.indexOf('Läge 2026-11-20 – TRR')).toBeLessThan(html.indexOf('Läge 2026-11-01 – AF'));
    expect(html).toContain('<th scope="row">Eget företag</th><td class="n">&lt;3 av 211</td>');
    expect(html).toContain('&lt;3 betyder färre än 3 personer');
    expect(html).toContain('Inga justerade minnesanteckningar ännu.');
    // The chart's base64 may spell anything: only the page's text counts.
    const text = html.replace(/data:image\/png;base64,[A-Za-z0-9+/=]+/g, '').toLowerCase();
    for (const name of ['anna', 'erik', 'sara']) expect(text).not.toContain(name);
    const en = await (await get(`/p/${slug}/en`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Breakdown according to TRR, 2026-11-20');
    expect(await (await get(`/p/${slug}?lang=en`)).text()).toContain('<html lang="en">');
  });

  it('suppresses small counts even where the group turned suppression off', async () => {
    await tb.say('inställning tröskel 0');
    await tb.say('läge rapportera tillsvidare=40 eget=1 söker=100');
    const slug = slugOf(await tb.text(PUBLISH));
    const html = await (await get(`/p/${slug}`)).text();
    expect(html).toContain('<th scope="row">Eget företag</th><td class="n">&lt;3 av 211</td>');
  });

  it('has an accessibility statement after DIGG\'s model, in Swedish and English', async () => {
    const slug = slugOf(await tb.text(PUBLISH));
    const sv = await (await get(`/p/${slug}/tillganglighet`)).text();
    expect(sv).toContain('<h1>Tillgänglighetsredogörelse</h1>');
    expect(sv).toContain('Sidan är delvis förenlig med lagen om tillgänglighet till digital offentlig service');
    expect(sv).toContain('href="https://www.digg.se/tdosanmalan"');
    expect(sv).toContain('Näringslivskontoret, 0477-441 00');
    const en = await (await get(`/p/${slug}/en/accessibility`)).text();
    expect(en).toContain('This page is partially compliant with the Act on accessibility to digital public services');
  });

  it('has an Atom feed whose entries keep their ids and take their times from the bot\'s clock', async () => {
    const slug = slugOf(await tb.text(PUBLISH));
    await tb.say('läge rapportera tillsvidare=30 söker=100 källa=TRR');
    const first = await (await get(`/p/${slug}/feed.xml`)).text();
    const id = /<entry>\s*<id>([^<]+)<\/id>/.exec(first)![1]!;
    expect(id).toMatch(/^tag:localhost,2026-11-23:samverkan\/publication\/\d+\/report\/\d+$/);
    expect(first).toContain('<updated>2026-11-23T08:00:00.000Z</updated>');
    expect(first).toContain('<title>Nya siffror från TRR, 2026-11-23</title>');
    tb.clock.set(new Date('2026-11-23T10:30:00Z'));
    const [ask] = await tb.say('läge rapportera tillsvidare=31 söker=100 källa=TRR');
    await tb.say(ask!.message.card!.sections[0]!.buttons![0]!.command);
    const second = await (await get(`/p/${slug}/feed.xml`)).text();
    expect(/<entry>\s*<id>([^<]+)<\/id>/.exec(second)![1]).toBe(id);
    expect(second).toContain('<published>2026-11-23T08:00:00.000Z</published>');
    expect(second).toContain('<updated>2026-11-23T10:30:00.000Z</updated>');
  });

  it('answers an unpublished page exactly as an unknown address, at once', async () => {
    const slug = slugOf(await tb.text(PUBLISH));
    expect((await get(`/p/${slug}`)).status).toBe(200);
    expect(await tb.text('ärende publicera av')).toContain('anna stängde ärendets publika sida. Adressen visar inte längre något.');
    for (const path of [`/p/${slug}`, `/p/${slug}/en`, `/p/${slug}/feed.xml`, `/p/${slug}/tillganglighet`, '/p/AAAAAAAAAAAAAAAAAAAAAAAA', '/p/x']) {
      const res = await get(path);
      expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([404, 'text/plain; charset=utf-8', 'not found']);
    }
    // On again: the same address.
    expect(await tb.text('ärende publicera på')).toContain(`${BASE}/p/${slug}`);
    expect((await get(`/p/${slug}`)).status).toBe(200);
  });

  it('gets a new address on request; the old one shows nothing', async () => {
    const old = slugOf(await tb.text(PUBLISH));
    const text = await tb.text('ärende publicera ny-adress');
    expect(text).toContain('anna gav ärendets publika sida en ny adress:');
    const slug = slugOf(text);
    expect(slug).not.toBe(old);
    expect((await get(`/p/${old}`)).status).toBe(404);
    expect((await get(`/p/${slug}`)).status).toBe(200);
  });

  it('refuses bad input and other roles, changing nothing, in Swedish and English', async () => {
    const before = await contents(tb.db);
    expect(await tb.text('ärende publicera av')).toBe('Ärendets publika sida är inte publicerad. Inget har ändrats.');
    expect(await tb.text('ärende publicera ny-adress')).toContain('Ärendet har ingen publik sida ännu.');
    expect(await tb.text('ärende publicera kanske')).toContain('Inget har ändrats');
    expect(await tb.text('ärende publicera på kontakt="Ring 811218-9876"')).toContain('texten innehåller ett personnummer (');
    expect(await tb.text('@erik ärende publicera på')).toContain('Det här får bara');
    expect(await tb.text('case publish off')).toBe('The case\'s public page is not published. Nothing was changed.');
    expect(await contents(tb.db)).toEqual(before);
    expect(await tb.text('case publish on')).toContain('anna published the case\'s public page: http://localhost:3978/p/');
    expect(await tb.text('case publish on')).toContain('The public page is already published:');
  });
});
