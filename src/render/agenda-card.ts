// The agenda of the next meeting (or of the items waiting for one) and the meeting card.
import type { Button, Card, Field, Section } from '../core/message.js';
import type { ItemState } from '../domain/meetings.js';
import type { Translate } from '../i18n/index.js';
import type { AgendaEntry } from '../store/agenda.js';
import type { Meeting } from '../store/models.js';
import { joinRich, literal, type RichText } from '../text/rich.js';
import { whenText } from './when.js';

export interface AgendaView {
  /** The meeting the agenda is for; null while the items wait for a meeting to be planned. */
  meeting: Meeting | null;
  entries: { item: AgendaEntry; state: ItemState }[];
}

export function agendaLines(t: Translate, entries: AgendaView['entries']): RichText {
  if (!entries.length) return t('agenda.empty');
  return joinRich(entries
    .map(({ item, state }, i) => t(state === 'handled' ? 'agenda.line_handled' : 'agenda.line', { position: i + 1, text: item.text, number: item.number, name: item.proposedBy.user.displayName })), '\n');
}

function placeFields(t: Translate, meeting: Meeting): Field[] {
  return [
    ...(meeting.place ? [{ label: t('meeting.field.place'), value: literal(meeting.place) }] : []),
    ...(meeting.link ? [{ label: t('meeting.field.link'), value: literal(meeting.link) }] : []),
  ];
}

export function agendaCard(t: Translate, view: AgendaView, timeZone: string): Card {
  const { meeting } = view;
  if (!meeting) return { title: t('agenda.title_waiting'), sections: [{ text: agendaLines(t, view.entries) }, { text: t('agenda.waiting_hint') }] };
  const fields = placeFields(t, meeting);
  return {
    title: t('agenda.title', { number: meeting.number, when: whenText(t, meeting.startsAt, timeZone) }),
    sections: [{ text: agendaLines(t, view.entries) }, ...(fields.length ? [{ fields }] : [])],
  };
}

/**
 * A meeting with the agenda when it is the agenda's meeting, else a word on where the agenda
 * gathers; a cancelled meeting says so and shows neither agenda nor buttons.
 */
export function meetingCard(t: Translate, meeting: Meeting, agenda: AgendaView, now: Date, timeZone: string, buttons: Button[]): Card {
  const title = t('meeting.card.title', { number: meeting.number, when: whenText(t, meeting.startsAt, timeZone) });
  const fields = placeFields(t, meeting);
  if (meeting.status === 'cancelled') return { title: t('meeting.card.title_cancelled', { title }), sections: [{ text: t('meeting.cancelled_note') }, ...(fields.length ? [{ fields }] : [])] };
  const sections: Section[] = [
    ...(fields.length ? [{ fields }] : []),
    ...(meeting.startsAt <= now ? [{ text: t('meeting.in_progress') }] : []),
    agenda.meeting?.id === meeting.id || !agenda.meeting
      ? { heading: t('minutes.agenda'), text: agendaLines(t, agenda.entries) }
      : { text: t('meeting.later_agenda', { number: agenda.meeting.number }) },
  ];
  if (buttons.length) sections.push({ buttons });
  return { title, sections };
}
