// Direct messages from the scheduler: action reminders, agendas before meetings, poll reminders,
// reminders to report figures. Each says which case it is about and what to type next.
import type { Message } from '../core/message.js';
import type { Locale, Translate } from '../i18n/index.js';
import { addDays, fromIso, toIso, type LocalDate } from '../time/local-date.js';
import { joinRich, richText, type RichText } from '../text/rich.js';
import { formatDay, formatInstant } from './when.js';

export interface ReminderView {
  t: Translate;
  locale: Locale;
  timeZone: string;
  caseTitle: string;
}

const bullets = (lines: RichText[]) => joinRich(lines.map((l) => `• ${l}`), '\n');

export function actionReminder(v: ReminderView, today: LocalDate, actions: { number: number; text: string; dueDate: string }[]): Message {
  const line = (a: (typeof actions)[number]) => {
    const params = { number: a.number, text: a.text, day: formatDay(v.locale, fromIso(a.dueDate)) };
    if (a.dueDate < toIso(today)) return v.t('reminder.action.overdue', params);
    if (a.dueDate === toIso(today)) return v.t('reminder.action.today', params);
    return v.t(a.dueDate === toIso(addDays(today, 1)) ? 'reminder.action.tomorrow' : 'reminder.action.due', params);
  };
  return { text: joinRich([v.t('reminder.action.intro', { case: v.caseTitle }), bullets(actions.map(line)), v.t('reminder.action.hint')], '\n') };
}

export function pollReminder(v: ReminderView, poll: { number: number; question: string; closesAt: Date }, options: string[]): Message {
  return {
    text: joinRich([
      v.t('reminder.poll.intro', { case: v.caseTitle, number: poll.number, question: poll.question, when: formatInstant(v.locale, poll.closesAt, v.timeZone) }),
      richText`${v.t('reminder.poll.options')}: ${joinRich(options.map((o, i) => `${i + 1}. ${o}`), '  ')}`,
      v.t('reminder.poll.hint', { number: poll.number }),
    ], '\n'),
  };
}

export function figuresReminder(v: ReminderView, report: { reportDate: string; source: string }, days: number): Message {
  return { text: joinRich([v.t('reminder.figures.intro', { case: v.caseTitle, date: report.reportDate, source: report.source, days }), v.t('reminder.figures.hint')], '\n') };
}
