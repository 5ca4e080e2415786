// The minutes as a document of neutral blocks (headings, paragraphs, lists, a table), which the
// chat, HTML and PDF renderers write out. The minutes may become public records, so they name only
// the group's members and guests, never a person among the affected.
import { CELLS, type Report } from '../../domain/figures.js';
import type { MinutesAction, MinutesInput, MinutesPerson } from '../../domain/minutes.js';
import { formatNumber, type Locale, type Translate } from '../../i18n/index.js';
import { mentionsAsLabels } from '../../text/mention.js';
import { NO_MARKS, plainText, type PlainMarks } from '../../text/plain.js';
import { reportRow } from '../status-rows.js';
import { toIso } from '../../time/local-date.js';
import { todayIn } from '../../time/zone.js';
import { whenText } from '../when.js';

/** A list item: an optional emphasised label ("TRR:"), its text, and items under it. */
export interface Item {
  label?: string;
  text: string;
  sub?: string[];
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; style?: 'strong' | 'note' }
  | { kind: 'list'; items: Item[]; ordered?: boolean }
  | { kind: 'table'; head: string[]; rows: string[][] }
  /** A chart as PNG; `alt` says what it shows (a table next to it has the figures). */
  | { kind: 'image'; png: Uint8Array; alt: string; width: number; height: number };

/** The catalogue as plain text. */
type PlainTranslate = (...args: Parameters<Translate>) => string;

/**
 * How user text goes into the document: the chat's Markdown escapes it, HTML escapes the whole
 * document when it writes it, and PDF draws it as it is.
 */
export type UserText = (text: string) => string;

/** User text in a document format: mentions as names, on one line; the format escapes what it must. */
export const DOCUMENT_STYLE: DocumentStyle = { user: (text) => mentionsAsLabels(text).replace(/\s*\n\s*/g, ' ').trim(), marks: NO_MARKS };

interface Builder {
  t: PlainTranslate;
  translate: Translate;
  locale: Locale;
  u: UserText;
  /** The public version: no person named, only organisations and counts. */
  pub: boolean;
}

function list(b: Builder, items: Item[], ordered = false): Block {
  return { kind: 'list', items: items.length ? items : [{ text: b.t('minutes.none') }], ...(ordered && items.length ? { ordered } : {}) };
}

function personText(b: Builder, p: MinutesPerson): string {
  return p.leader ? b.t('minutes.leader', { name: b.u(p.name) }) : b.u(p.name);
}

/** People per organisation, organisations in Swedish order, those without one last. */
function byOrganisation(b: Builder, people: readonly MinutesPerson[]): Item[] {
  const groups = new Map<string, string[]>();
  for (const p of people) groups.set(p.organisation ?? '', [...(groups.get(p.organisation ?? '') ?? []), personText(b, p)]);
  const named = [...groups].filter(([o]) => o).sort(([a], [b2]) => a.localeCompare(b2, 'sv'));
  const none = groups.get('');
  return [...named.map(([o, names]) => ({ label: b.u(o), text: names.join(', ') })), ...(none ? [{ label: b.t('minutes.no_organisation'), text: none.join(', ') }] : [])];
}

/** The public version of a list of people: their organisations, and how many had none. */
function organisations(b: Builder, people: readonly { organisation: string | null }[]): Item[] {
  const named = [...new Set(people.flatMap((p) => (p.organisation ? [p.organisation] : [])))].sort((x, y) => x.localeCompare(y, 'sv'));
  const without = people.filter((p) => !p.organisation).length;
  return [...named.map((o) => ({ text: b.u(o) })), ...(without ? [{ text: b.t('minutes.public.unaffiliated', { count: without }) }] : [])];
}

function attendance(b: Builder, input: MinutesInput): Block[] {
  const a = input.content.attendance;
  const blocks: Block[] = [{ kind: 'heading', text: b.t('minutes.attendees') }];
  const section = (key: 'minutes.present' | 'minutes.absent' | 'minutes.standins' | 'minutes.guests' | 'minutes.unrecorded', items: Item[]) => {
    if (items.length) blocks.push({ kind: 'subheading', text: b.t(key) }, list(b, items));
  };
  if (b.pub) {
    // Organisations only: the public page names no member, guest or stand-in.
    if (!a.recorded) blocks.push({ kind: 'paragraph', text: b.t('minutes.public.attendance_none') });
    section('minutes.present', organisations(b, [...a.present, ...a.standIns]));
    section('minutes.guests', organisations(b, a.guests));
    section('minutes.absent', organisations(b, a.absent));
    return blocks;
  }
  if (!a.recorded) blocks.push({ kind: 'paragraph', text: b.t('minutes.attendance_none', { number: input.content.meeting.number }) });
  section('minutes.present', byOrganisation(b, a.present));
  section('minutes.standins', a.standIns.map((s) => ({ ...(s.organisation ? { label: b.u(s.organisation) } : {}), text: b.t('minutes.standin', { name: b.u(s.name), for: b.u(s.forName) }) })));
  section('minutes.guests', a.guests.map((g) => ({ text: g.organisation ? `${b.u(g.name)}, ${b.u(g.organisation)}` : b.u(g.name) })));
  section('minutes.absent', byOrganisation(b, a.absent));
  section('minutes.unrecorded', byOrganisation(b, a.unrecorded));
  return blocks;
}

function agenda(b: Builder, input: MinutesInput): Block[] {
  const { content } = input;
  const items = content.agenda.map((i) => ({
    text: b.t('minutes.item', { text: b.u(i.text), number: i.number, state: b.t(`minutes.item.${i.state}`) }),
    sub: i.decisions.map((d) => b.t('minutes.item_decision', { text: b.u(d) })),
  }));
  const heading = content.otherDecisions.length < content.agenda.reduce((n, i) => n + i.decisions.length, content.otherDecisions.length) ? 'minutes.other_decisions' : 'minutes.decisions';
  return [
    { kind: 'heading', text: b.t('minutes.agenda') }, list(b, items, true),
    { kind: 'heading', text: b.t(heading) }, list(b, content.otherDecisions.map((d) => ({ text: b.u(d) }))),
  ];
}

/** Reports as columns (source and date on top), one row per category, counts suppressed at `threshold`. */
export function figuresTable(translate: Translate, locale: Locale, u: UserText, reports: readonly Report[], threshold: number): Block {
  const t: PlainTranslate = (key, params) => plainText(translate(key, params), NO_MARKS);
  const style = { t: translate, locale, threshold };
  const number = (value: number, decimals: number) => formatNumber(locale, value, decimals);
  const columns = reports.map((r: Report) => reportRow(style, r, number));
  const labels = [
    t('figures.col.base'), t('figures.col.n'), t('figures.cat.newOccupation'), t('figures.col.share'),
    ...CELLS.filter((c) => c !== 'newOccupation').map((c) => t(`figures.cat.${c}`)),
  ];
  return { kind: 'table', head: ['', ...reports.map((r) => `${u(r.source)} ${r.date}`)], rows: labels.map((label, i) => [label, ...columns.map((c) => c[i + 2] ?? '')]) };
}

/** The latest report of each source, one column each, one row per category: narrow enough for a page. */
function figures(b: Builder, input: MinutesInput): Block[] {
  const { reports, threshold } = input.content.figures;
  const heading: Block = { kind: 'heading', text: b.t('minutes.figures') };
  if (!reports.length) return [heading, { kind: 'paragraph', text: b.t('minutes.figures_none', { date: input.content.meeting.date }) }];
  return [
    heading,
    { kind: 'paragraph', text: b.t('minutes.figures_note', { date: input.content.meeting.date, threshold }) },
    figuresTable(b.translate, b.locale, b.u, reports, threshold),
  ];
}

function actionLine(b: Builder, a: MinutesAction): string {
  const publicOwner = () => (a.organisation ? b.u(a.organisation) : b.t('minutes.public.member'));
  const owner = b.pub && a.owner ? publicOwner() : a.owner ? (a.organisation ? `${b.u(a.owner)} (${b.u(a.organisation)})` : b.u(a.owner)) : b.t('minutes.unassigned');
  return b.t('minutes.action_opened', { number: a.number, text: b.u(a.text), owner, due: a.due });
}

function actions(b: Builder, input: MinutesInput): Block[] {
  const { content } = input;
  const closed = (a: MinutesAction) => b.t('minutes.action_closed', { number: a.number, text: b.u(a.text), status: b.t(a.status === 'done' ? 'minutes.status.done' : 'minutes.status.cancelled') });
  return [
    { kind: 'heading', text: b.t('minutes.actions') },
    { kind: 'subheading', text: b.t('minutes.actions_opened') }, list(b, content.opened.map((a) => ({ text: actionLine(b, a) }))),
    { kind: 'subheading', text: b.t('minutes.actions_closed') }, list(b, content.closed.map((a) => ({ text: closed(a) }))),
    { kind: 'subheading', text: b.t('minutes.actions_overdue') }, list(b, content.overdue.map((a) => ({ text: actionLine(b, a) }))),
    { kind: 'subheading', text: b.t('minutes.actions_open') }, list(b, content.open.map((a) => ({ text: actionLine(b, a) }))),
  ];
}

function names(b: Builder, all: readonly string[]): string {
  return all.length > 1 ? b.t('minutes.names', { first: all.slice(0, -1).join(', '), last: all.at(-1)! }) : (all[0] ?? '');
}

/** "Justerat 2027-01-12 av Erik Ek och Sara Sund" or "Utkast – ej justerat" with who is to approve. */
function approvalState(b: Builder, input: MinutesInput): Block[] {
  const { approval, content } = input;
  const tz = content.timeZone;
  const day = (iso: string) => toIso(todayIn(new Date(iso), tz));
  const blocks: Block[] = [];
  if (approval?.correction) blocks.push({ kind: 'paragraph', text: b.t('minutes.correction', { version: approval.version, text: b.u(approval.correction) }), style: 'note' });
  if (approval?.approvedAt && b.pub) {
    blocks.push({ kind: 'paragraph', text: b.t('minutes.public.approved', { date: day(approval.approvedAt) }), style: 'strong' });
    return blocks;
  }
  if (approval?.approvedAt) {
    blocks.push({ kind: 'paragraph', text: b.t('minutes.approved', { date: day(approval.approvedAt), names: names(b, approval.approvers.map((a) => b.u(a.name))) }), style: 'strong' });
    return blocks;
  }
  blocks.push({ kind: 'paragraph', text: b.t('minutes.draft', { when: whenText(b.translate, new Date(input.drafted), tz) }), style: 'strong' });
  blocks.push({
    kind: 'paragraph',
    text: approval?.approvers.length
      ? b.t('minutes.approvers', { names: approval.approvers.map((a) => b.t(a.approvedAt ? 'minutes.approver_done' : 'minutes.approver_waiting', { name: b.u(a.name), date: a.approvedAt ? day(a.approvedAt) : '' })).join(', ') })
      : b.t('minutes.no_approvers', { number: content.meeting.number }),
    style: 'note',
  });
  return blocks;
}

/** How a format writes user text, and the bot's emphasis in catalogue texts (a document format: none). */
export interface DocumentStyle {
  user: UserText;
  marks: PlainMarks;
}

export interface DocumentOptions {
  /**
   * The version for the public page: attendance as organisations, actions by organisation, no
   * justerare or meeting link named. The caller raises the figures' threshold to the public one.
   */
  public?: boolean;
}

export function minutesDocument(translate: Translate, locale: Locale, input: MinutesInput, style: DocumentStyle, options: DocumentOptions = {}): Block[] {
  const u = style.user;
  const pub = options.public ?? false;
  const b: Builder = { t: (key, params) => plainText(translate(key, params), style.marks), translate, locale, u, pub };
  const { meeting, timeZone } = input.content;
  return [
    { kind: 'title', text: b.t('minutes.title', { case: u(input.content.caseTitle) }) },
    { kind: 'paragraph', text: b.t('minutes.meeting', { number: meeting.number, when: whenText(translate, new Date(meeting.startsAt), timeZone), timeZone }), style: 'strong' },
    ...(meeting.place ? [{ kind: 'paragraph', text: b.t('minutes.place', { place: u(meeting.place) }) } as const] : []),
    ...(meeting.link && !pub ? [{ kind: 'paragraph', text: b.t('minutes.link', { link: u(meeting.link) }) } as const] : []),
    ...approvalState(b, input),
    ...attendance(b, input),
    ...agenda(b, input),
    ...figures(b, input),
    ...actions(b, input),
  ];
}
