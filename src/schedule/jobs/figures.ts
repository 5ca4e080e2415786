// When the latest status report is older than the set number of days (30 by default), the
// organisation that reported it is reminded to report new figures — it holds them — at the
// reminder time on a working day, and again after as many days while nothing new comes in.
// Its active members get the reminder; without an organisation, the member who reported; when
// neither is still in the group, the project leaders. No report yet means no reminder.
import { figuresReminder } from '../../render/reminders.js';
import type { Tx } from '../../store/client.js';
import { membersOf, type MemberWithPerson } from '../../store/members.js';
import { addDays, daysBetween, fromIso } from '../../time/local-date.js';
import { todayIn } from '../../time/zone.js';
import type { JobDefinition } from '../job.js';
import { instantOn } from '../occurrences.js';
import { isSwedishWorkingDay, nextWorkingDay } from '../working-days.js';
import { reminderView } from './view.js';

const LATEST = [{ reportDate: 'desc' }, { id: 'desc' }] as const;

async function latestReport(db: Tx, caseId: number) {
  return db.statusReport.findFirst({ where: { caseId }, orderBy: [...LATEST], include: { reportedBy: true } });
}

async function recipients(tx: Tx, caseId: number, report: NonNullable<Awaited<ReturnType<typeof latestReport>>>): Promise<MemberWithPerson[]> {
  const organisationId = report.organisationId ?? report.reportedBy.organisationId;
  const members = await membersOf(tx, caseId);
  const reporters = members.filter((m) => (organisationId ? m.organisationId === organisationId : m.id === report.reportedById));
  return reporters.length ? reporters : members.filter((m) => m.role === 'leader');
}

export const figuresReminderJob: JobDefinition = {
  name: 'figures_reminder',
  schedule: 'when the latest status report is 30 days old, then every 30 days, 09:00 local on a working day',
  settings: ['figuresDays', 'reminderTime', 'timeZone'],
  produces: 'dm',
  async next(db, { case: theCase, settings }, after) {
    const report = await db.statusReport.findFirst({ where: { caseId: theCase.id }, orderBy: [...LATEST], select: { reportDate: true } });
    if (!report) return [];
    const baseline = fromIso(report.reportDate);
    const every = settings.figuresDays;
    // Start a step before `after` (a holiday may push a reminder past it).
    for (let k = Math.max(1, Math.floor(daysBetween(baseline, todayIn(after, settings.timeZone)) / every) - 1); ; k++) {
      const due = addDays(baseline, k * every);
      const at = instantOn(isSwedishWorkingDay(due) ? due : nextWorkingDay(due), settings.reminderTime, settings.timeZone);
      if (at > after) return [{ period: `${report.reportDate}+${k * every}d`, at }];
    }
  },
  stillRelevant: () => true,
  async run(run) {
    const report = await latestReport(run.tx, run.case.id);
    // A newer report since the occurrence was computed makes it moot.
    if (!report || !run.occurrence.period.startsWith(`${report.reportDate}+`)) return [];
    const days = daysBetween(fromIso(report.reportDate), todayIn(run.occurrence.at, run.settings.timeZone));
    const message = figuresReminder(reminderView(run), report, days);
    return (await recipients(run.tx, run.case.id, report)).map((m) => ({ kind: 'dm', user: m.user, message }));
  },
};
