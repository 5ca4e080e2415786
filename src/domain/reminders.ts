// When an action's owner is reminded of it: the working day before it is due, the day it is due,
// the first day it is overdue, then once a week while it stays overdue. A moved action (another
// due date) starts over. A member may choose weekly reminders instead, or none.
import { addDays, daysBetween, fromIso, toIso, weekday, type LocalDate } from '../time/local-date.js';

export type ReminderFrequency = 'all' | 'weekly' | 'off';
export const REMINDER_FREQUENCIES: readonly ReminderFrequency[] = ['all', 'weekly', 'off'];

/** What the owner was last reminded of: the day, and the due date the action had then. */
export interface ReminderState {
  dueDate: string;
  remindedOn: string | null;
  remindedDue: string | null;
}

/** 0 before the due date, 1 on it, 2 after it: a reminder goes out once per stage, then weekly. */
const stage = (day: string, due: string) => (day < due ? 0 : day === due ? 1 : 2);

const OVERDUE_EVERY_DAYS = 7;

/**
 * Whether an action gets its "all" reminder on `today` (a working day): `nextWorkingDay` is the
 * last due date that counts as "tomorrow" (Friday reminds of Monday's).
 */
export function remindToday(a: ReminderState, today: LocalDate, nextWorkingDay: LocalDate): boolean {
  const day = toIso(today);
  if (a.dueDate > toIso(nextWorkingDay)) return false;
  const last = a.remindedDue === a.dueDate ? a.remindedOn : null;
  if (last === null) return true;
  if (last >= day) return false;
  if (stage(day, a.dueDate) > stage(last, a.dueDate)) return true;
  return stage(day, a.dueDate) === 2 && daysBetween(fromIso(last), today) >= OVERDUE_EVERY_DAYS;
}

/** A weekly reader is reminded on the first working day of each week, of what is due within it. */
export function weeklyReminderDay(today: LocalDate, isWorkingDay: (d: LocalDate) => boolean): boolean {
  for (let d = addDays(today, 1 - weekday(today)); toIso(d) < toIso(today); d = addDays(d, 1)) if (isWorkingDay(d)) return false;
  return isWorkingDay(today);
}

/** The last due date a weekly reminder on `today` lists: the rest of the week. */
export const weeklyHorizon = (today: LocalDate): LocalDate => addDays(today, 7 - weekday(today));
