// A meeting's card as the meeting commands post, update and show it. The card is shared and
// updated in place, so it is in the case's language, buttons included.
import type { EntityRef } from '../../core/event.js';
import type { Button, Message } from '../../core/message.js';
import { asLocale, type Locale, type Translate } from '../../i18n/index.js';
import { meetingCard } from '../../render/agenda-card.js';
import { cardMessage } from '../../render/card-text.js';
import { currentAgenda } from '../../services/agenda.js';
import { caseTranslator } from '../../services/case-texts.js';
import type { Tx } from '../../store/client.js';
import type { Case, Meeting } from '../../store/models.js';
import { plainText } from '../../text/plain.js';
import type { RichText } from '../../text/rich.js';
import { MEETING_WORDS } from './words.js';

export function meetingRef(meeting: Meeting): EntityRef {
  return { caseId: meeting.caseId, entity: 'meeting', id: meeting.id };
}

/** Agenda, move (which asks for the new time) and cancel (which asks to confirm); none on a meeting held or cancelled. */
function buttons(t: Translate, locale: Locale, meeting: Meeting, now: Date): Button[] {
  const agenda: Button = { label: t('meeting.button.agenda'), command: plainText(t('meeting.cmd.agenda')) };
  if (meeting.status === 'cancelled' || meeting.startsAt <= now) return meeting.status === 'cancelled' ? [] : [agenda];
  return [
    agenda,
    { label: t('meeting.button.move'), command: `${MEETING_WORDS.move[locale]} ${meeting.number}` },
    { label: t('meeting.button.cancel'), command: `${MEETING_WORDS.cancel[locale]} ${meeting.number}`, style: 'danger' },
  ];
}

/** The meeting's card with its agenda as of `now`, in `t`'s language (the case's unless a reply). */
export async function meetingMessage(db: Tx, c: Case, meeting: Meeting, now: Date, { t = caseTranslator(c), locale = asLocale(c.locale) ?? 'sv', lead }: { t?: Translate; locale?: Locale; lead?: RichText } = {}): Promise<Message> {
  const agenda = await currentAgenda(db, c, now, meeting.status === 'cancelled' ? undefined : meeting.id);
  return cardMessage(meetingCard(t, meeting, agenda, now, c.timeZone, buttons(t, locale, meeting, now)), lead);
}
