// The accessibility statement of a public page, after DIGG's model for DOS-lagen (lagen om
// tillgänglighet till digital offentlig service): compliance status, known gaps, how to get the
// content another way and report problems, and DIGG's supervision with its report form.
import type { Locale, Translate } from '../../i18n/index.js';
import { linkHtml, pageFrame, paragraphHtml, plain, richHtml, type Link } from './html.js';

/** DIGG's form for reporting inaccessible digital public services. */
export const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

export interface StatementInput {
  locale: Locale;
  t: Translate;
  title: string;
  contact: string | null;
  /** Local days, 'YYYY-MM-DD'. */
  published: string;
  updated: string;
  page: Link;
  otherLanguage: Link;
  feed: Link;
}

export function statementHtml(input: StatementInput): string {
  const { t } = input;
  const contact = input.contact ? paragraphHtml(input.contact) : `<p>${richHtml(t('public.statement.no_contact'))}</p>`;
  const h2 = (key: Parameters<Translate>[0]) => `<h2>${richHtml(t(key))}</h2>`;
  const p = (key: Parameters<Translate>[0]) => `<p>${richHtml(t(key))}</p>`;
  const body = [
    `<h1>${richHtml(t('public.statement.title'))}</h1>`,
    `<p>${richHtml(t('public.statement.intro', { title: input.title }))}</p>`,
    `<p>${linkHtml(input.page)}</p>`,
    h2('public.statement.how'), p('public.statement.how_text'),
    h2('public.statement.help'), p('public.statement.help_text'), contact,
    h2('public.statement.report'), p('public.statement.report_text'), contact,
    h2('public.statement.supervision'), p('public.statement.supervision_text'),
    `<p>${linkHtml({ href: DIGG_REPORT_URL, label: plain(t('public.statement.digg_link')) }, ' rel="noreferrer"')}</p>`,
    h2('public.statement.technical'), p('public.statement.status'),
    h2('public.statement.gaps'), `<ul><li>${richHtml(t('public.statement.gap_language'))}</li></ul>`,
    h2('public.statement.tested'), p('public.statement.tested_text'),
    `<p>${richHtml(t('public.statement.dates', { published: input.published, updated: input.updated }))}</p>`,
  ].join('\n');
  return pageFrame({ locale: input.locale, t, title: `${plain(t('public.statement.title'))} – ${input.title}`, otherLanguage: input.otherLanguage, feed: input.feed, statement: null, body });
}

