/// <reference lib="dom" />
// Issue 16, part 5: the public page in a real browser (Debian's Chromium driven by
// playwright-core), served by the real program: axe-core finds no WCAG 2.1 A/AA violation, the
// keyboard reaches every link, nothing scrolls sideways at 320 px, in Swedish and English; an
// unpublished case and a random address answer 404 with nothing of a case. Screenshots go to
// test-artifacts/. Without /usr/bin/chromium the test is skipped, except under CI (.ci/run
// installs it), where it must run.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/store/paths.js';
import { freePort, ready, runScript, startProgram, type ProgramResult } from '../support/program.js';
import type { ChildProcess } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const ARTIFACTS = join(projectRoot, 'test-artifacts');
const SLUG = /\/p\/([A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/g;

const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) process.stderr.write(`public-page-browser: skipped, ${CHROMIUM} is absent (apt-get install chromium; under CI it is required)\n`);

// Dates in the past whatever day the test runs: the program's clock is the real one.
const SCRIPT = [
  'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70 inom=8 varseldatum=2025-09-01',
  'medlem lägg till @erik org=Arbetsförmedlingen',
  'läge rapportera tillsvidare=20 visstid=10 eget=1 studier=5 söker=150 källa=TRR datum=2025-10-01',
  'läge rapportera tillsvidare=40 visstid=12 eget=4 studier=6 söker=120 källa=TRR datum=2025-11-01',
  '@erik läge rapportera tillsvidare=35 visstid=9 eget=2 studier=6 söker=130 källa=AF datum=2025-10-15',
  // Approved minutes: listed on the page, their own page checked too.
  'möte ny imorgon 10:00',
  'dagordning lägg till "Framtidsmässa i mars"',
  'möte närvaro 1 närvarande=@erik',
  'protokoll justerare 1 @erik',
  '@erik protokoll justera 1',
  'ärende publicera på beskrivning="Kommunen, facken, TRR och Arbetsförmedlingen samverkar för att de som berörs av konkursen ska hitta nytt arbete eller nya studier." kontakt="Näringslivskontoret, naringsliv@tingsryd.example, 0477-441 00"',
  '#hemlig-kanal',
  'ärende ny "Hemligt Bolag varsel" företag="Hemligt Bolag AB" kommun=Tingsryd berörda=40 typ=varsel',
  'ärende publicera på beskrivning="Ska inte synas"',
  'ärende publicera av',
].join('\n');

describe.skipIf(!available && !process.env.CI)('the public page in a browser', () => {
  let dir: string;
  let origin: string;
  let program: { child: ChildProcess; done: Promise<ProgramResult> };
  let context: BrowserContext;
  let published: string;
  let unpublished: string;
  let axeSource: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-public-'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const env = { DATABASE_URL: `file:${join(dir, 'samverkan.db')}`, PUBLIC_BASE_URL: origin, PORT: String(port), CONSOLE_FORMAT: 'json' };
    const setUp = await runScript(`${SCRIPT}\n`, env);
    expect(setUp.code, setUp.stderr).toBe(0);
    const slugs = [...new Set([...setUp.stdout.matchAll(SLUG)].map((m) => m[1]!))];
    expect(slugs).toHaveLength(2);
    [published, unpublished] = slugs as [string, string];
    program = startProgram({ ...env, TEAMS_ALLOW_UNAUTHENTICATED: '1', LOG_LEVEL: 'info' });
    await ready(program.child, program.done);
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1024, height: 800 } });
    await mkdir(ARTIFACTS, { recursive: true });
    // The first request may come before the chart worker has drawn; the chart is then kept.
    await fetch(`${origin}/p/${published}`);
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    program?.child.kill('SIGTERM');
    if (program) await program.done;
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(origin + path);
    expect(response?.status()).toBe(200);
    return page;
  }

  async function axeViolations(page: Page): Promise<unknown[]> {
    await page.evaluate(axeSource);
    return page.evaluate(async (tags) => {
      const result = await (globalThis as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } })
        .axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
    }, WCAG);
  }

  /** Tabs through the page from the top; returns the indexes (among every <a>) of the links focused. */
  async function tabbedLinks(page: Page): Promise<{ reached: number[]; links: number }> {
    const links = await page.locator('a').count();
    const reached = new Set<number>();
    for (let i = 0; i < links + 10; i++) {
      await page.keyboard.press('Tab');
      const index = await page.evaluate(() => [...document.querySelectorAll('a')].indexOf(document.activeElement as HTMLAnchorElement));
      if (index >= 0) reached.add(index);
    }
    return { reached: [...reached].sort((a, b) => a - b), links };
  }

  const pages = [
    { name: 'sv', path: () => `/p/${published}`, lang: 'sv', heading: 'Konga Bruk konkurs', table: 'Fördelning enligt TRR, 2025-11-01' },
    { name: 'en', path: () => `/p/${published}/en`, lang: 'en', heading: 'Konga Bruk konkurs', table: 'Breakdown according to TRR, 2025-11-01' },
    { name: 'minutes-sv', path: () => `/p/${published}/protokoll/1`, lang: 'sv', heading: 'Minnesanteckningar – Konga Bruk konkurs', table: null },
    { name: 'minutes-en', path: () => `/p/${published}/en/minutes/1`, lang: 'en', heading: 'Meeting notes – Konga Bruk konkurs', table: null },
    { name: 'statement-sv', path: () => `/p/${published}/tillganglighet`, lang: 'sv', heading: 'Tillgänglighetsredogörelse', table: null },
    { name: 'statement-en', path: () => `/p/${published}/en/accessibility`, lang: 'en', heading: 'Accessibility statement', table: null },
  ];

  for (const p of pages) {
    it(`${p.name}: no WCAG 2.1 A/AA violations, every link by keyboard, no sideways scrolling at 320 px`, async () => {
      const page = await open(p.path());
      expect(await page.getAttribute('html', 'lang')).toBe(p.lang);
      expect(await page.locator('h1').textContent()).toBe(p.heading);
      if (p.table) {
        expect(await page.locator('caption', { hasText: p.table }).count()).toBe(1);
        // The chart has its data table; small counts are suppressed.
        expect(await page.locator('td', { hasText: '<3 av 211' }).or(page.locator('td', { hasText: '<3 of 211' })).count()).toBeGreaterThan(0);
      }
      expect(await axeViolations(page)).toEqual([]);
      const { reached, links } = await tabbedLinks(page);
      expect(links).toBeGreaterThanOrEqual(3);
      expect(reached).toEqual([...Array(links).keys()]);
      // The skip link is the first stop and leads to the main content.
      expect(await page.locator('a').first().getAttribute('href')).toBe('#main');
      await page.setViewportSize({ width: 320, height: 640 });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `public-page-${p.name}.png`), fullPage: true });
      await page.close();
    }, 120_000);
  }

  it('lists the approved minutes with links to their page and PDF', async () => {
    const page = await open(`/p/${published}`);
    expect(await page.locator('#minutes + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/p/${published}/protokoll/1`, `/p/${published}/protokoll/1.pdf`]);
    const pdf = await fetch(`${origin}/p/${published}/protokoll/1.pdf`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    await page.close();
  }, 60_000);

  it('shows the chart as an image with a text alternative', async () => {
    const page = await open(`/p/${published}`);
    const img = page.locator('figure img');
    expect(await img.count()).toBe(1);
    expect(await img.getAttribute('alt')).toContain('Samma siffror finns i tabellerna');
    expect(await page.evaluate(() => (document.querySelector('figure img') as HTMLImageElement).naturalWidth)).toBe(640);
    await page.close();
  }, 60_000);

  it('answers an unpublished case and a random address with 404 and nothing of a case', async () => {
    for (const path of [`/p/${unpublished}`, `/p/${unpublished}/en`, `/p/${unpublished}/feed.xml`, '/p/AAAAAAAAAAAAAAAAAAAAAAAA', '/p/nope']) {
      const res = await fetch(origin + path);
      const body = await res.text();
      expect([res.status, body]).toEqual([404, 'not found']);
    }
    const page = await context.newPage();
    const response = await page.goto(`${origin}/p/${unpublished}`);
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toMatch(/Hemligt|Ska inte synas|Tingsryd/);
    await page.close();
  }, 60_000);
});
