// Draft minutes (minnesanteckningar) in Markdown. They may become public records, so they name
// only the group's members, never a person among the affected. A document for any reader, not a
// chat message: mentions are written as names and user text is escaped so that it reads as typed.
import type { ItemState } from '../domain/meetings.js';
import type { Translate } from '../i18n/index.js';
import type { AgendaEntry } from '../store/agenda.js';
import type { Decision, Meeting, Prisma } from '../store/models.js';
import type { MemberWithPerson } from '../store/members.js';
import { mentionsAsLabels } from '../text/mention.js';
import { plainText } from '../text/plain.js';
import { whenText } from './when.js';

export type ActionWithOwner = Prisma.ActionGetPayload<{ include: { owner: { include: { user: true } }; organisation: true } }>;

export interface MinutesInput {
  caseTitle: string;
  timeZone: string;
  now: Date;
  meeting: Meeting;
  attendees: MemberWithPerson[];
  agenda: { item: AgendaEntry; state: ItemState }[];
  decisions: Decision[];
  opened: ActionWithOwner[];
  closed: ActionWithOwner[];
}

/** The catalogue as plain text: the minutes' own Markdown is written in code, around it. */
type PlainTranslate = (...args: Parameters<Translate>) => string;

/**
 * Text from users on one line, so that it cannot break the document's structure, with the
 * characters of inline Markdown (emphasis, code, links, HTML, entities) escaped.
 */
const inline = (text: string) => mentionsAsLabels(text).replace(/\s*\n\s*/g, ' ').trim().replace(/[\\`*_[\]<>&~]/g, '\\$&');

function bullets(t: PlainTranslate, lines: string[]): string[] {
  return lines.length ? lines.map((l) => `- ${l}`) : [`- ${t('minutes.none')}`];
}

function attendeeLines(t: PlainTranslate, attendees: MemberWithPerson[]): string[] {
  const groups = new Map<string, string[]>();
  for (const m of attendees) {
    const organisation = m.organisation?.name ?? '';
    const name = m.role === 'leader' ? t('minutes.leader', { name: inline(m.user.displayName) }) : inline(m.user.displayName);
    groups.set(organisation, [...(groups.get(organisation) ?? []), name]);
  }
  const named = [...groups].filter(([o]) => o).sort(([a], [b]) => a.localeCompare(b, 'sv'));
  const none = groups.get('');
  return bullets(t, [...named, ...(none ? [[t('minutes.no_organisation'), none] as const] : [])].map(([o, names]) => `**${inline(o)}:** ${names.join(', ')}`));
}

function agendaLines(t: PlainTranslate, input: MinutesInput): string[] {
  if (!input.agenda.length) return bullets(t, []);
  return input.agenda.flatMap(({ item, state }, i) => [
    `${i + 1}. ${t('minutes.item', { text: inline(item.text), number: item.number, state: t(`minutes.item.${state}`) })}`,
    ...input.decisions.filter((d) => d.agendaItemId === item.id).map((d) => `   - ${t('minutes.item_decision', { text: inline(d.text) })}`),
  ]);
}

function otherDecisions(t: PlainTranslate, input: MinutesInput): string[] {
  const onItems = new Set(input.agenda.map(({ item }) => item.id));
  const others = input.decisions.filter((d) => d.agendaItemId === null || !onItems.has(d.agendaItemId));
  const heading = others.length < input.decisions.length ? t('minutes.other_decisions') : t('minutes.decisions');
  return [`## ${heading}`, ...bullets(t, others.map((d) => inline(d.text)))];
}

function ownerText(t: PlainTranslate, a: ActionWithOwner): string {
  if (!a.owner) return t('minutes.unassigned');
  return a.organisation ? `${inline(a.owner.user.displayName)} (${inline(a.organisation.name)})` : inline(a.owner.user.displayName);
}

export function minutesMarkdown(translate: Translate, input: MinutesInput): string {
  const t: PlainTranslate = (key, params) => plainText(translate(key, params));
  const { meeting, timeZone } = input;
  return [
    `# ${t('minutes.title', { case: inline(input.caseTitle) })}`,
    '',
    `**${t('minutes.meeting', { number: meeting.number, when: whenText(translate, meeting.startsAt, timeZone), timeZone })}**`,
    ...(meeting.place ? [t('minutes.place', { place: inline(meeting.place) })] : []),
    ...(meeting.link ? [t('minutes.link', { link: inline(meeting.link) })] : []),
    '',
    `*${t('minutes.draft', { when: whenText(translate, input.now, timeZone) })}*`,
    '',
    `## ${t('minutes.attendees')}`,
    t('minutes.attendees_note'),
    ...attendeeLines(t, input.attendees),
    '',
    `## ${t('minutes.agenda')}`,
    ...agendaLines(t, input),
    '',
    ...otherDecisions(t, input),
    '',
    `## ${t('minutes.actions')}`,
    `### ${t('minutes.actions_opened')}`,
    ...bullets(t, input.opened.map((a) => t('minutes.action_opened', { number: a.number, text: inline(a.text), owner: ownerText(t, a), due: a.dueDate }))),
    `### ${t('minutes.actions_closed')}`,
    ...bullets(t, input.closed.map((a) => t('minutes.action_closed', { number: a.number, text: inline(a.text), status: t(a.status === 'done' ? 'minutes.status.done' : 'minutes.status.cancelled') }))),
    '',
  ].join('\n');
}
