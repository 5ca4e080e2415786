// Issue 16, part 3 on the public page (part 4): public activities only — upcoming, and held with
// their outcome counts — and a feed entry when one is announced and when it is held. A
// non-public or cancelled activity, a note and who added an activity never appear.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicPageRoutes } from '../../adapters/http/public-pages.js';
import { startHttpServer } from '../../adapters/http/server.js';
import { createLogger } from '../../src/logger.js';
import { testCharts } from '../support/charts.js';
import { setUpGroup } from '../support/group.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

const BASE = 'http://localhost:3978';
const URL_RE = /http:\/\/localhost:3978\/p\/([A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/;

describe('activities on the public page', () => {
  let tb: TestBot;
  let server: Server;
  let origin: string;
  beforeEach(async () => {
    tb = await createTestBot(); // Monday 2026-11-23; anna: leader; erik: member; sara: observer
    await setUpGroup(tb);
    const deps = { db: tb.db, charts: testCharts(createLogger('silent')), clock: tb.clock, baseUrl: BASE };
    server = await startHttpServer(0, publicPageRoutes(deps, createLogger('silent')), '127.0.0.1');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await tb.close();
  });

  const get = async (path: string) => (await fetch(origin + path)).text();

  it('lists public activities, upcoming and held with counts, and nothing of the others', async () => {
    await tb.run([
      '@erik aktivitet ny "Jobbklubb <b>öppen</b>" datum=2026-11-24 tid=13:00 plats=Biblioteket typ=jobbklubb publik',
      'aktivitet ny "Framtidsmässa" datum=2026-12-10 tid=10:00 plats="Folkets hus" typ=mässa publik',
      'aktivitet ny "Internt planeringsmöte" datum=2026-12-01 typ=övrigt',
      'aktivitet ny "Studiebesök som ställs in" datum=2026-12-02 typ=studiebesök publik',
      'aktivitet ställ in 4',
    ].join('\n'));
    const slug = URL_RE.exec(await tb.text('ärende publicera på kontakt="Kommunen"'))![1]!;
    let html = await get(`/p/${slug}`);
    expect(html).toContain('<h2 id="activities">Kommande aktiviteter</h2><ul><li>Jobbklubb &lt;b&gt;öppen&lt;/b&gt; (tisdag 2026-11-24 kl. 13:00)<p>jobbklubb, Biblioteket</p></li><li>Framtidsmässa (torsdag 2026-12-10 kl. 10:00)<p>mässa, Folkets hus</p></li></ul>');
    expect(html).toContain('<h2 id="activities-held">Genomförda aktiviteter</h2><p>Inga publika aktiviteter är genomförda ännu.</p>');
    await tb.say(':clock 2026-11-24T16:00');
    await tb.say('@erik aktivitet resultat 1 deltagare=14 not="Lisa Svensson fick jobb"');
    html = await get(`/p/${slug}`);
    expect(html).toContain('<h2 id="activities">Kommande aktiviteter</h2><ul><li>Framtidsmässa (torsdag 2026-12-10 kl. 10:00)<p>mässa, Folkets hus</p></li></ul>');
    expect(html).toContain('<h2 id="activities-held">Genomförda aktiviteter</h2><ul><li>Jobbklubb &lt;b&gt;öppen&lt;/b&gt; (tisdag 2026-11-24 kl. 13:00)<p>jobbklubb, Biblioteket<br>deltagare 14</p></li></ul>');
    for (const hidden of ['Internt planeringsmöte', 'Studiebesök som ställs in', 'Lisa Svensson', 'erik', 'anna']) expect(html).not.toContain(hidden);
    const en = await get(`/p/${slug}/en`);
    expect(en).toContain('<h2 id="activities-held">Activities held</h2><ul><li>Jobbklubb &lt;b&gt;öppen&lt;/b&gt; (Tuesday 2026-11-24 at 13:00)<p>job club, Biblioteket<br>participants 14</p></li></ul>');
  });

  it('the feed: an entry when a public activity is announced and one when it is held, with the stored instants', async () => {
    await tb.say('aktivitet ny "Framtidsmässa" datum=2026-11-25 plats="Folkets hus" typ=mässa publik');
    await tb.say('aktivitet ny "Internt" datum=2026-11-25');
    const slug = URL_RE.exec(await tb.text('ärende publicera på'))![1]!;
    await tb.say(':clock 2026-11-25T17:00');
    await tb.say('aktivitet resultat 1 deltagare=500 utställare=67 elever=160');
    const feed = await get(`/p/${slug}/feed.xml`);
    expect(feed).toContain('<title>Genomförd aktivitet: Framtidsmässa, 2026-11-25</title>');
    expect(feed).toContain('<published>2026-11-25T16:00:00.000Z</published>');
    expect(feed).toContain('<content type="text">onsdag 2026-11-25\nmässa, Folkets hus\ndeltagare 500 · utställare 67 · elever 160</content>');
    expect(feed).toContain('<title>Ny aktivitet: Framtidsmässa, 2026-11-25</title>');
    expect(feed).toContain('<published>2026-11-23T08:00:00.000Z</published>');
    expect(feed).not.toContain('Internt');
  });
});
