// The weekly digest as a card: overdue actions by name, actions per organisation, the week's
// decisions, polls (closing soon too), the next meeting with its agenda and the latest figures
// (small counts suppressed), or a short "nothing new" when nothing happened.
import type { Card, Message, Section } from '../core/message.js';
import type { Base } from '../domain/figures.js';
import { isSmall, shownCount } from '../domain/suppression.js';
import { formatNumber, type Locale, type Translate } from '../i18n/index.js';
import type { DigestData, FiguresSummary } from '../store/digest.js';
import { joinRich, literal, richText, type RichText } from '../text/rich.js';
import { fromIso } from '../time/local-date.js';
import { cardMessage } from './card-text.js';
import { baseText } from './figures-format.js';
import { formatDay, formatInstant } from './when.js';

export interface DigestView {
  t: Translate;
  locale: Locale;
  timeZone: string;
  threshold: number;
  title: string;
  /** The ISO week the digest covers ("48", or "48–49" when its seven days span two). */
  week: string;
  /** The days it covers: "23–29 november 2026". */
  range: string;
  /** The case's kind: a konkurs has no "varslade" (the figures' base follows it, as elsewhere). */
  kind: string;
}

const results = (rs: { label: string; votes: number }[]) => joinRich(rs.map((r) => `${r.label} ${r.votes}`), ', ');

function actionsSection(v: DigestView, d: DigestData): Section | null {
  if (!d.actions.length) return null;
  const line = (a: DigestData['actions'][number]) =>
    v.t('digest.actions.line', { organisation: a.organisation ?? v.t('digest.no_organisation'), opened: a.opened, closed: a.closed, overdue: a.overdue });
  return { heading: v.t('digest.actions'), text: joinRich(d.actions.map(line), '\n') };
}

function overdueSection(v: DigestView, d: DigestData): Section | null {
  if (!d.overdue.length) return null;
  const line = (a: DigestData['overdue'][number]) => {
    const owner = a.owner ?? v.t('digest.overdue.unassigned');
    const who = a.organisation ? richText`${owner}, ${a.organisation}` : literal(owner);
    return v.t('digest.overdue.line', { number: a.number, text: a.text, owner: who, day: formatDay(v.locale, fromIso(a.dueDate)) });
  };
  return { heading: v.t('digest.overdue'), text: joinRich(d.overdue.map(line), '\n') };
}

function decisionsSection(v: DigestView, d: DigestData): Section | null {
  return d.decisions.length ? { heading: v.t('digest.decisions'), text: joinRich(d.decisions.map((x) => richText`• ${x.text}`), '\n') } : null;
}

function pollsSection(v: DigestView, d: DigestData): Section | null {
  const lines = [
    ...d.pollsOpened.map((p) => p.closesAt
      ? v.t('digest.poll.opened_until', { number: p.number, question: p.question, closes: formatInstant(v.locale, p.closesAt, v.timeZone) })
      : v.t('digest.poll.opened', { number: p.number, question: p.question })),
    ...d.pollsClosed.map((p) => v.t('digest.poll.closed', { number: p.number, question: p.question, results: results(p.results) })),
    ...d.pollsClosing.map((p) => v.t('digest.poll.closing', { number: p.number, question: p.question, closes: formatInstant(v.locale, p.closesAt, v.timeZone) })),
  ];
  return lines.length ? { heading: v.t('digest.polls'), text: joinRich(lines, '\n') } : null;
}

function meetingSection(v: DigestView, d: DigestData): Section | null {
  const m = d.meeting;
  if (!m) return null;
  const where = [m.place, m.link].filter(Boolean).join(', ');
  const lines: RichText[] = [v.t(where ? 'digest.meeting.at_place' : 'digest.meeting.at', { number: m.number, when: formatInstant(v.locale, m.startsAt, v.timeZone), where })];
  // One item a line: a long agenda breaks between items, never inside one.
  if (m.agenda.length) lines.push(richText`${v.t('digest.meeting.agenda')}:`, ...m.agenda.map((item, i) => richText`${i + 1}. ${item}`));
  else lines.push(v.t('digest.meeting.no_agenda'));
  return { heading: v.t('digest.meeting'), text: joinRich(lines, '\n') };
}

function figuresLine(v: DigestView, f: FiguresSummary, previous: FiguresSummary | null): RichText {
  const count = (n: number) => shownCount(n, v.threshold, (x) => formatNumber(v.locale, x));
  const hidden = isSmall(f.newOccupation, v.threshold);
  const params = {
    date: f.reportDate, source: f.source, occupied: count(f.newOccupation), n: count(f.n),
    base: baseText(v, f.base as Base),
    percent: f.n > 0 && !hidden ? formatNumber(v.locale, (100 * f.newOccupation) / f.n) : '–',
  };
  const line = v.t('digest.figures.line', params);
  if (!previous || hidden || isSmall(previous.newOccupation, v.threshold)) return line;
  const change = f.newOccupation - previous.newOccupation;
  const signed = `${change > 0 ? '+' : change < 0 ? '−' : '±'}${formatNumber(v.locale, Math.abs(change))}`;
  return richText`${line} ${v.t('digest.figures.change', { change: signed, source: previous.source, date: previous.reportDate })}`;
}

function figuresSection(v: DigestView, d: DigestData): Section | null {
  return d.figures ? { heading: v.t('digest.figures'), text: figuresLine(v, d.figures.latest, d.figures.previous) } : null;
}

/** Whether anything happened in the week or needs doing (the next meeting is news only alongside something else). */
export function somethingHappened(d: DigestData): boolean {
  return d.actions.length > 0 || d.decisions.length > 0 || d.pollsOpened.length > 0 || d.pollsClosed.length > 0 || d.pollsClosing.length > 0 || d.figures?.isNew === true;
}

const present = (sections: (Section | null)[]) => sections.filter((s): s is Section => s !== null);

function digestCard(v: DigestView, d: DigestData): Card {
  const title = v.t('digest.title', { week: v.week, range: v.range, title: v.title });
  if (!somethingHappened(d)) return { title, sections: present([{ text: v.t('digest.nothing_new') }, meetingSection(v, d)]) };
  return { title, sections: present([overdueSection(v, d), actionsSection(v, d), decisionsSection(v, d), pollsSection(v, d), meetingSection(v, d), figuresSection(v, d)]) };
}

export function digestMessage(v: DigestView, d: DigestData): Message {
  return cardMessage(digestCard(v, d));
}
