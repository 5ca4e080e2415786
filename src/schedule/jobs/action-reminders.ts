// Once a day at the reminder time, on Swedish working days: each owner gets one message listing
// the open actions they are due a reminder of — the working day before, the day, the first day
// overdue, then weekly (src/domain/reminders.ts) — or, by their own setting, one a week or none.
import { remindToday, weeklyHorizon, weeklyReminderDay, type ReminderFrequency } from '../../domain/reminders.js';
import { actionReminder } from '../../render/reminders.js';
import { actionsDueBy, markReminded } from '../../store/follow-ups.js';
import { toIso } from '../../time/local-date.js';
import { todayIn } from '../../time/zone.js';
import type { JobDefinition, JobOutput } from '../job.js';
import { nextDailyAt, sameLocalDay } from '../occurrences.js';
import { isSwedishWorkingDay, nextWorkingDay } from '../working-days.js';
import { reminderView } from './view.js';

export const actionRemindersJob: JobDefinition = {
  name: 'action_reminders',
  schedule: 'daily 09:00 local time on Swedish working days',
  settings: ['reminderTime', 'timeZone'],
  produces: 'dm',
  async next(_db, { settings }, after) {
    const next = nextDailyAt(settings.reminderTime, settings.timeZone, after, isSwedishWorkingDay);
    return next ? [{ period: toIso(next.day), at: next.at }] : [];
  },
  // Yesterday's reminder is replaced by today's.
  stillRelevant: (occurrence, now, { settings }) => sameLocalDay(occurrence.at, now, settings.timeZone),
  async run(run) {
    const today = todayIn(run.occurrence.at, run.settings.timeZone);
    const tomorrow = nextWorkingDay(today);
    const weeklyToday = weeklyReminderDay(today, isSwedishWorkingDay);
    const horizon = weeklyToday ? [toIso(tomorrow), toIso(weeklyHorizon(today))].sort()[1]! : toIso(tomorrow);
    const wanted = (await actionsDueBy(run.tx, run.case.id, horizon)).filter((a) => {
      const frequency = a.owner!.reminders as ReminderFrequency;
      if (frequency === 'weekly') return weeklyToday;
      return frequency === 'all' && remindToday(a, today, tomorrow);
    });
    await markReminded(run.tx, wanted, toIso(today));
    const byOwner = new Map<number, typeof wanted>();
    for (const a of wanted) byOwner.set(a.ownerId!, [...(byOwner.get(a.ownerId!) ?? []), a]);
    return [...byOwner.values()].map((owned): JobOutput => ({ kind: 'dm', user: owned[0]!.owner!.user, message: actionReminder(reminderView(run), today, owned) }));
  },
};
