import type { ReminderView } from '../../render/reminders.js';
import type { JobRun } from '../job.js';

/** How a job's direct messages read: the case's language, zone and title. */
export function reminderView({ t, settings, case: theCase }: JobRun): ReminderView {
  return { t, locale: settings.language, timeZone: settings.timeZone, caseTitle: theCase.title };
}
