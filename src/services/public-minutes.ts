// The public page's approved minutes: the list with links to each meeting's HTML and PDF, a feed
// entry per approval, and the minutes themselves in their public version (organisations, not
// names; figures at the public threshold). Drafts never: a meeting without approved minutes is
// the same null as an unknown address.
import type { MinutesInput } from '../domain/minutes.js';
import { publicMinutesPath, publicThreshold } from '../domain/publication.js';
import type { Locale, Translate } from '../i18n/index.js';
import { minutesHtmlBody } from '../render/minutes/html.js';
import { minutesPdf } from '../render/minutes/pdf.js';
import type { FeedEntry } from '../render/public/feed.js';
import { linkHtml, pageFrame, plain, type Link } from '../render/public/html.js';
import type { PublicSection } from '../render/public/page.js';
import type { Db } from '../store/client.js';
import { approvedMinutesOf, type ApprovedMinutes } from '../store/minutes.js';
import type { Case } from '../store/models.js';

/**
 * The snapshot as the public may see it: the page's title, counts below the public threshold
 * hidden, and without the items a leader marked not for publication (`dagordning ej-publik`),
 * read now so that a mark made after approval counts.
 */
async function publicInput(db: Db, c: Case, title: string, m: ApprovedMinutes): Promise<MinutesInput> {
  const { content } = m.input;
  const threshold = publicThreshold(Math.max(content.figures.threshold, c.suppressionThreshold));
  const hidden = new Set((await db.agendaItem.findMany({ where: { caseId: c.id, public: false }, select: { number: true } })).map((i) => i.number));
  const agenda = content.agenda.filter((i) => !hidden.has(i.number));
  return { ...m.input, content: { ...content, caseTitle: title, agenda, figures: { ...content.figures, threshold } } };
}

const approvedAt = (m: ApprovedMinutes) => new Date(m.input.approval!.approvedAt!);

export async function publicMinutesSection(db: Db, c: Case, t: Translate, locale: Locale, root: string, slug: string): Promise<PublicSection> {
  const items = (await approvedMinutesOf(db, c.id)).map((m) => {
    const number = m.meetingNumber;
    return {
      title: plain(t('public.minutes.item', { number, date: m.input.content.meeting.date })),
      links: [
        { href: root + publicMinutesPath(slug, number, locale), label: plain(t('public.minutes.html', { number })) },
        { href: root + publicMinutesPath(slug, number, locale, true), label: plain(t('public.minutes.pdf', { number })) },
      ],
    };
  });
  return { id: 'minutes', heading: 'public.minutes', empty: 'public.minutes_none', items };
}

/** One entry per approval; a correction, once approved, is a new entry. */
export async function publicMinutesFeedEntries(db: Db, c: Case, t: Translate, baseUrl: string, slug: string): Promise<FeedEntry[]> {
  return (await approvedMinutesOf(db, c.id)).map((m) => {
    const date = m.input.content.meeting.date;
    const title = plain(t('public.feed.minutes', { number: m.meetingNumber, date }));
    return { key: `minutes/${m.meetingNumber}/${m.version}`, title, content: title, published: approvedAt(m), updated: approvedAt(m), link: baseUrl + publicMinutesPath(slug, m.meetingNumber, 'sv') };
  });
}

export interface MinutesPageLinks {
  root: string;
  page: Link;
  feed: Link;
  statement: Link;
}

/** The HTML page or the PDF of a meeting's approved minutes, or null (unknown meeting, or only a draft). */
export async function publicMinutesFile(
  db: Db, c: Case, title: string, slug: string, t: Translate, locale: Locale, meeting: number, pdf: boolean, to: MinutesPageLinks,
): Promise<{ contentType: string; body: string | Uint8Array } | null> {
  const found = (await approvedMinutesOf(db, c.id)).find((m) => m.meetingNumber === meeting);
  if (!found) return null;
  const input = await publicInput(db, c, title, found);
  if (pdf) return { contentType: 'application/pdf', body: await minutesPdf(input, locale, { public: true }) };
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const otherLanguage: Link = { href: to.root + publicMinutesPath(slug, meeting, other), label: plain(t('public.other_lang')), lang: other };
  const pdfLink = `<p>${linkHtml({ href: to.root + publicMinutesPath(slug, meeting, locale, true), label: plain(t('public.minutes.pdf', { number: meeting })) }, ' type="application/pdf"')}</p>`;
  const back = `<p>${linkHtml({ href: to.page.href, label: plain(t('public.back', { title })) })}</p>`;
  const body = `${minutesHtmlBody(input, locale, { public: true })}\n${pdfLink}\n${back}`;
  return { contentType: 'text/html; charset=utf-8', body: pageFrame({ locale, t, title: plain(t('minutes.title', { case: title })), otherLanguage, feed: to.feed, statement: to.statement, body }) };
}
