// The agenda to every member (and stand-in) by direct message, a set number of hours before each meeting.
import { agendaDm, agendaRecipients, currentAgenda } from '../../services/agenda.js';
import type { JobDefinition } from '../job.js';

const HOUR = 3_600_000;

export const agendaJob: JobDefinition = {
  name: 'agenda_dm',
  schedule: '24 hours before each meeting',
  settings: ['agendaHours'],
  produces: 'dm',
  async next(db, { case: theCase, settings }, after) {
    const lead = settings.agendaHours * HOUR;
    const meetings = await db.meeting.findMany({ where: { caseId: theCase.id, status: 'planned', startsAt: { gt: new Date(after.getTime() + lead) } } });
    // The start time is part of the period: a meeting moved to another time gets a fresh agenda.
    return meetings.map((m) => ({ period: `${m.id}@${m.startsAt.toISOString()}`, at: new Date(m.startsAt.getTime() - lead), subject: m.id }));
  },
  stillRelevant: (occurrence, now, { settings }) => now.getTime() < occurrence.at.getTime() + settings.agendaHours * HOUR,
  async run(run) {
    const meeting = await run.tx.meeting.findUnique({ where: { id: run.occurrence.subject! } });
    if (meeting?.status !== 'planned') return [];
    const message = agendaDm(run.case, await currentAgenda(run.tx, run.case, run.occurrence.at, meeting.id));
    return (await agendaRecipients(run.tx, run.case, meeting)).map((user) => ({ kind: 'dm', user, message }));
  },
};
