// The public page of a case: what the group chose to publish, in one language. Pure: the data
// comes from services/public-page.ts.
import type { Locale, Translate } from '../../i18n/index.js';
import type { MessageKey } from '../../i18n/index.js';
import type { RichText } from '../../text/rich.js';
import { escapeHtml, linkHtml, pageFrame, paragraphHtml, plain, richHtml, type Link } from './html.js';

/** The latest report of one source, as the `läge` card shows it (suppressed). */
export interface SourceFigures {
  title: RichText;
  lines: RichText[];
  caption: RichText;
  rows: { label: RichText; value: RichText }[];
}

export interface TrendFigures {
  source: string;
  /** The chart as drawn by the chart worker; null when it could not be had in time. */
  png: Uint8Array | null;
  /** The points the chart shows, as its text alternative. */
  points: { date: string; label: string }[];
}

export interface PublicFigures {
  sources: SourceFigures[];
  trend: TrendFigures | null;
  /** Whether any count is suppressed, with the threshold in force. */
  suppressed: boolean;
  threshold: number;
}

/**
 * A list of the group's published things besides the figures: upcoming public activities and
 * approved minutes. Their features add items (services/public-page.ts, `publicSections`).
 */
export interface PublicSection {
  id: string;
  heading: MessageKey;
  empty: MessageKey;
  items: { title: string; when?: string; text?: string; links: Link[] }[];
}

export interface PublicPageInput {
  locale: Locale;
  t: Translate;
  title: string;
  description: string | null;
  contact: string | null;
  figures: PublicFigures | null;
  sections: readonly PublicSection[];
  otherLanguage: Link;
  feed: Link;
  statement: Link;
}

function figuresHtml(t: Translate, figures: PublicFigures | null): string {
  const head = `<h2 id="figures">${richHtml(t('public.figures'))}</h2>`;
  if (!figures) return `<section aria-labelledby="figures">${head}<p>${richHtml(t('public.figures_none'))}</p></section>`;
  const sources = figures.sources.map((s) => `
<h3>${richHtml(s.title)}</h3>
${s.lines.map((l) => `<p>${richHtml(l)}</p>`).join('\n')}
<table><caption>${richHtml(s.caption)}</caption>
<thead><tr><th scope="col">${richHtml(t('public.col.category'))}</th><th scope="col" class="n">${richHtml(t('public.col.count'))}</th></tr></thead>
<tbody>${s.rows.map((r) => `<tr><th scope="row">${richHtml(r.label)}</th><td class="n">${richHtml(r.value)}</td></tr>`).join('')}</tbody></table>`).join('\n');
  const footnote = figures.suppressed ? `<p class="note">${richHtml(t('public.footnote', { threshold: figures.threshold }))}</p>` : '';
  return `<section aria-labelledby="figures">${head}<p>${richHtml(t('public.figures_intro'))}</p>${sources}${footnote}${trendHtml(t, figures.trend)}</section>`;
}

function trendHtml(t: Translate, trend: TrendFigures | null): string {
  const head = `<h3>${richHtml(t('public.trend'))}</h3>`;
  if (!trend) return `${head}<p>${richHtml(t('public.trend_none'))}</p>`;
  const image = trend.png
    ? `<figure><img src="data:image/png;base64,${Buffer.from(trend.png).toString('base64')}" width="640" height="320" alt="${escapeHtml(plain(t('public.chart_alt', { source: trend.source })))}"></figure>`
    : '';
  const rows = trend.points.map((p) => `<tr><th scope="row">${escapeHtml(p.date)}</th><td class="n">${escapeHtml(p.label)}</td></tr>`).join('');
  return `${head}${image}<table><caption>${richHtml(t('public.trend_caption', { source: trend.source }))}</caption>
<thead><tr><th scope="col">${richHtml(t('public.col.date'))}</th><th scope="col" class="n">${richHtml(t('public.col.share'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function sectionHtml(t: Translate, s: PublicSection): string {
  const items = s.items.map((i) => `<li>${escapeHtml(i.title)}${i.when ? ` (${escapeHtml(i.when)})` : ''}${i.text ? paragraphHtml(i.text) : ''}${i.links.length ? ` ${i.links.map((l) => linkHtml(l)).join(' ')}` : ''}</li>`).join('');
  const content = s.items.length ? `<ul>${items}</ul>` : `<p>${richHtml(t(s.empty))}</p>`;
  return `<section aria-labelledby="${s.id}"><h2 id="${s.id}">${richHtml(t(s.heading))}</h2>${content}</section>`;
}

export function publicPageHtml(input: PublicPageInput): string {
  const { t } = input;
  const about = `<section aria-labelledby="about"><h2 id="about">${richHtml(t('public.about'))}</h2>${input.description ? paragraphHtml(input.description) : `<p>${richHtml(t('public.no_description'))}</p>`}
<h3>${richHtml(t('public.contact'))}</h3>${input.contact ? paragraphHtml(input.contact) : `<p>${richHtml(t('public.no_contact'))}</p>`}</section>`;
  const body = [`<h1>${escapeHtml(input.title)}</h1>`, about, figuresHtml(t, input.figures), ...input.sections.map((s) => sectionHtml(t, s))].join('\n');
  return pageFrame({ locale: input.locale, t, title: input.title, otherLanguage: input.otherLanguage, feed: input.feed, statement: input.statement, body });
}
