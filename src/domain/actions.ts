// Rules about actions (åtgärder) that need no storage: statuses, who may change what, due dates.
import { addDays, compareDates, fromIso, toIso, type LocalDate } from '../time/local-date.js';
import type { MemberRole } from './roles.js';

export type ActionStatus = 'open' | 'in_progress' | 'done' | 'cancelled';
/** The statuses a user can set (an action starts open). */
export type SettableStatus = Exclude<ActionStatus, 'open'>;

/** The words that select each settable status: Swedish first, then English, then more. */
export const STATUS_WORDS: Record<SettableStatus, readonly [string, string, ...string[]]> = {
  in_progress: ['pågår', 'in progress', 'in_progress', 'pagar', 'ongoing', 'in-progress'],
  done: ['klar', 'done'],
  cancelled: ['avbruten', 'cancelled', 'canceled', 'avbryt', 'cancel'],
};

export type ListFilter = 'open' | 'mine' | 'overdue' | 'all';

/** The words that select a list filter (`open` is the default and has no word of its own). */
export const FILTER_WORDS: Record<Exclude<ListFilter, 'open'>, readonly string[]> = {
  mine: ['mina', 'mine'],
  overdue: ['försenade', 'overdue', 'forsenade'],
  all: ['alla', 'all'],
};

export function isClosedStatus(status: string): boolean {
  return status === 'done' || status === 'cancelled';
}

export function isOverdue(action: { status: string; dueDate: string }, today: LocalDate): boolean {
  return !isClosedStatus(action.status) && compareDates(fromIso(action.dueDate), today) < 0;
}

/**
 * What a change to an action needs: any member may comment; the owner or a leader may set
 * progress and move the due date; only a leader may cancel or reopen a cancelled action, or edit
 * text, owner and organisation. Observers change nothing.
 */
export type ActionChange = 'comment' | 'progress' | 'cancel' | 'edit';

export function mayChange(change: ActionChange, actor: { role: MemberRole; isOwner: boolean }): boolean {
  if (actor.role === 'leader') return true;
  if (actor.role !== 'member') return false;
  return change === 'comment' || (change === 'progress' && actor.isOwner);
}

/** The change a new status is: cancelling, or leaving a cancelled state, is the leader's call. */
export function statusChange(from: string, to: SettableStatus): ActionChange {
  return to === 'cancelled' || from === 'cancelled' ? 'cancel' : 'progress';
}

/** "Postpone a week": a week after the due date, or a week from today when that is already past. */
export function weekLater(due: string, today: LocalDate): string {
  const from = fromIso(due);
  return toIso(addDays(compareDates(from, today) < 0 ? today : from, 7));
}
