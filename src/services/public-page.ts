// What a public address shows: the page, its accessibility statement or its feed, in a language,
// or nothing at all — an unknown address and an unpublished case answer the same (null). Only what
// the group published: description, contact, the figures as `läge` shows them with small counts
// suppressed (never below the public threshold), the trend chart with its data table, and the
// sections of later features (activities, approved minutes). No member is named anywhere.
import type { ChartCache } from '../charts/cache.js';
import type { TrendSeries } from '../charts/spec.js';
import type { Clock } from '../clock.js';
import { picture, targetProgress, type Report } from '../domain/figures.js';
import { publicPath, publicThreshold, type PublicRequest } from '../domain/publication.js';
import { anySuppressed, reportCells } from '../domain/suppression.js';
import { formatNumber, translator, type Locale, type Translate } from '../i18n/index.js';
import { countOfN, type FigureStyle } from '../render/figures-format.js';
import { atomFeed, feedIdBase, type FeedEntry } from '../render/public/feed.js';
import { plain, type Link } from '../render/public/html.js';
import { publicPageHtml, type PublicFigures, type PublicSection, type SourceFigures } from '../render/public/page.js';
import { statementHtml } from '../render/public/statement.js';
import { statusCard, trendValues } from '../render/status-card.js';
import { statusChart } from '../render/status-message.js';
import type { Db } from '../store/client.js';
import type { Case } from '../store/models.js';
import { publishedBySlug, reportsReplacedAt } from '../store/publications.js';
import { reportsOf, toReport } from '../store/reports.js';
import { MENTION_TOKEN } from '../text/mention.js';
import type { RichText } from '../text/rich.js';
import { toIso } from '../time/local-date.js';
import { todayIn } from '../time/zone.js';
import { caseTarget } from './case-target.js';
import { publicActivityFeedEntries, publicActivitySections } from './public-activities.js';
import { publicMinutesFeedEntries, publicMinutesFile, publicMinutesSection } from './public-minutes.js';

export interface PublicPageDeps {
  db: Db;
  charts: ChartCache;
  clock: Clock;
  /** PUBLIC_BASE_URL, without a trailing slash. */
  baseUrl: string;
}

export interface PublicResponse {
  contentType: string;
  /** A PDF is bytes; the pages are text. */
  body: string | Uint8Array;
}

/** The case's title without its mentions: a title may mention a member, the page names none. */
const publicTitle = (c: Case) => c.title.replace(MENTION_TOKEN, '').replace(/\s+/g, ' ').trim();

/**
 * The sections of later features, each an extension point: public activities (upcoming and held,
 * services/public-activities.ts) and approved minutes (services/public-minutes.ts).
 */
async function publicSections(deps: PublicPageDeps, c: Case, slug: string, t: Translate, locale: Locale): Promise<PublicSection[]> {
  return [
    ...(await publicActivitySections(deps.db, c, t, locale, todayIn(deps.clock.now(), c.timeZone))),
    await publicMinutesSection(deps.db, c, t, locale, rootPath(deps), slug),
  ];
}

/** Sources in the order shown: the one `läge` shows first, then by their latest report. */
function sourcesInOrder(reports: readonly Report[]): string[] {
  const latest = new Map<string, string>();
  for (const r of reports) if ((latest.get(r.source) ?? '') < r.date) latest.set(r.source, r.date);
  const first = picture(reports)!.latest.source;
  return [first, ...[...latest.keys()].filter((s) => s !== first).sort((a, b) => latest.get(b)!.localeCompare(latest.get(a)!))];
}

async function publicFigures(deps: PublicPageDeps, c: Case, style: FigureStyle, reports: readonly Report[]): Promise<PublicFigures | null> {
  if (!picture(reports)) return null;
  const { t } = style;
  const target = caseTarget(c);
  const today = todayIn(deps.clock.now(), c.timeZone);
  let suppressed = false;
  const sources = sourcesInOrder(reports).map((source): SourceFigures => {
    const pic = picture(reports.filter((r) => r.source === source))!;
    // The same card as `läge`: its lines and its breakdown; its footnote names a leader's command.
    const card = statusCard(style, pic, target ? targetProgress(target, pic.latest, today) : null);
    suppressed ||= anySuppressed(reportCells(pic.latest, style.threshold).visibility) || trendValues(pic.series, style.threshold).includes(null);
    return {
      title: card.title,
      lines: (card.sections[0]!.text ?? '').split('\n') as RichText[],
      caption: t('public.source_caption', { source, date: pic.latest.date }),
      rows: card.sections[1]!.fields ?? [],
    };
  });
  const chart = statusChart(style, reports, target);
  const png = chart ? await deps.charts.png(chart) : null;
  return {
    sources, suppressed, threshold: style.threshold,
    trend: chart ? { png, series: chart.series.map((series) => ({ name: series.name, points: trendRows(series, chart.hiddenLabel) })) } : null,
  };
}

/** A series' points and hidden reports by date, as the table under the chart lists them. */
function trendRows(series: TrendSeries, hiddenLabel: string): { date: string; label: string }[] {
  const rows = [...series.points.map((p) => ({ date: p.date, label: p.label })), ...series.hidden.map((date) => ({ date, label: hiddenLabel }))];
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

async function feedEntries(deps: PublicPageDeps, c: Case, style: FigureStyle, page: string): Promise<FeedEntry[]> {
  const rows = await deps.db.statusReport.findMany({ where: { caseId: c.id }, orderBy: [{ reportDate: 'asc' }, { id: 'asc' }] });
  const replaced = await reportsReplacedAt(deps.db, c.id, rows.map((r) => r.id));
  return rows.map((row) => {
    const report = toReport(row);
    const { values, visibility } = reportCells(report, style.threshold);
    const content = [
      style.t('figures.headline', { value: countOfN(style, values.newOccupation, report.n, visibility.newOccupation) }),
      style.t('figures.about', { source: report.source, base: style.t(`figures.base.${report.base}`), n: formatNumber(style.locale, report.n), date: report.date }),
    ].map(plain).join('\n');
    return { key: `report/${row.id}`, title: plain(style.t('public.feed.report', { source: report.source, date: report.date })), content, published: row.createdAt, updated: replaced.get(row.id) ?? row.createdAt, link: page };
  });
}

/** The page's links, relative to the host (PUBLIC_BASE_URL may carry a path); `which` is the page they are on. */
const rootPath = (deps: PublicPageDeps) => new URL(deps.baseUrl).pathname.replace(/\/+$/, '');

function links(deps: PublicPageDeps, slug: string, which: 'page' | 'statement', locale: Locale, t: Translate): { page: Link; otherLanguage: Link; feed: Link; statement: Link } {
  const path = rootPath(deps);
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  return {
    page: { href: path + publicPath(slug, 'page', locale), label: '' },
    otherLanguage: { href: path + publicPath(slug, which, other), label: plain(t('public.other_lang')), lang: other },
    feed: { href: path + publicPath(slug, 'feed'), label: plain(t('public.feed_link')) },
    statement: { href: path + publicPath(slug, 'statement', locale), label: plain(t('public.statement_link')) },
  };
}

export async function publicResponse(deps: PublicPageDeps, request: PublicRequest): Promise<PublicResponse | null> {
  const pub = await publishedBySlug(deps.db, request.slug);
  if (!pub) return null;
  const c = pub.case;
  const { locale } = request;
  const t = translator(locale);
  const style: FigureStyle = { t, locale, threshold: publicThreshold(c.suppressionThreshold) };
  const title = publicTitle(c);
  if (request.which === 'feed') {
    const page = deps.baseUrl + publicPath(pub.slug, 'page');
    const body = atomFeed({
      idBase: feedIdBase(deps.baseUrl, pub.createdAt, pub.id), title, subtitle: plain(t('public.feed.subtitle')), author: plain(t('public.feed.author')),
      lang: locale, self: deps.baseUrl + publicPath(pub.slug, 'feed'), page, changed: pub.updatedAt,
      entries: [...(await feedEntries(deps, c, style, page)), ...(await publicActivityFeedEntries(deps.db, c, t, locale, page)), ...(await publicMinutesFeedEntries(deps.db, c, t, deps.baseUrl, pub.slug))],
    });
    return { contentType: 'application/atom+xml; charset=utf-8', body };
  }
  if (request.which === 'minutes') {
    const to = links(deps, pub.slug, 'page', locale, t);
    return publicMinutesFile(deps.db, c, title, pub.slug, t, locale, request.meeting!, request.pdf ?? false, { root: rootPath(deps), ...to });
  }
  if (request.which === 'statement') {
    const day = (d: Date) => toIso(todayIn(d, c.timeZone));
    const to = links(deps, pub.slug, 'statement', locale, t);
    const page = { ...to.page, label: plain(t('public.back', { title })) };
    return { contentType: 'text/html; charset=utf-8', body: statementHtml({ locale, t, title, contact: pub.contact, published: day(pub.createdAt), updated: day(pub.updatedAt), page, otherLanguage: to.otherLanguage, feed: to.feed }) };
  }
  const reports = await reportsOf(deps.db, c.id);
  const to = links(deps, pub.slug, 'page', locale, t);
  const body = publicPageHtml({
    locale, t, title, description: pub.description, contact: pub.contact,
    figures: await publicFigures(deps, c, style, reports), sections: await publicSections(deps, c, pub.slug, t, locale),
    otherLanguage: to.otherLanguage, feed: to.feed, statement: to.statement,
  });
  return { contentType: 'text/html; charset=utf-8', body };
}
