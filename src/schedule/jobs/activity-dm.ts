// Every member by direct message the day before a planned activity, at the reminder time (the
// setting action reminders use). A cancelled activity gets none; a moved one gets a fresh one.
import { textMessage } from '../../core/message.js';
import { activityWhen } from '../../render/activity-card.js';
import { membersOf } from '../../store/members.js';
import { addDays, fromIso, toIso } from '../../time/local-date.js';
import { todayIn, zonedToUtc } from '../../time/zone.js';
import type { JobDefinition } from '../job.js';
import { sameLocalDay } from '../occurrences.js';

export const activityDmJob: JobDefinition = {
  name: 'activity_dm',
  schedule: 'the day before each activity, 09:00 local time',
  settings: ['reminderTime', 'timeZone'],
  produces: 'dm',
  async next(db, { case: theCase, settings }, after) {
    const activities = await db.activity.findMany({ where: { caseId: theCase.id, status: 'planned', date: { gte: toIso(todayIn(after, settings.timeZone)) } } });
    return activities
      .map((a) => ({ period: `${a.id}@${a.date}`, at: zonedToUtc({ ...addDays(fromIso(a.date), -1), ...settings.reminderTime }, settings.timeZone), subject: a.id }))
      .filter((o) => o.at > after);
  },
  // Worth sending until the day is over; on the activity's own day it is too late to be "tomorrow".
  stillRelevant: (occurrence, now, { settings }) => sameLocalDay(occurrence.at, now, settings.timeZone),
  async run(run) {
    const activity = await run.tx.activity.findUnique({ where: { id: run.occurrence.subject! } });
    // Cancelled or moved since it was scheduled: the period names the day it was for.
    if (activity?.status !== 'planned' || `${activity.id}@${activity.date}` !== run.occurrence.period) return [];
    const place = activity.place ? run.t('activity.dm_place', { place: activity.place }) : '';
    const message = textMessage(run.t('activity.dm', { case: run.case.title, nr: activity.number, title: activity.title, when: activityWhen(run.t, activity), place }));
    return (await membersOf(run.tx, run.case.id)).map((m) => ({ kind: 'dm', user: m.user, message }));
  },
};
