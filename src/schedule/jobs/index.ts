// The scheduled jobs, in the order they run when several fall due at the same instant: a poll
// closes before the digest that reports it.
import type { JobDefinition } from '../job.js';
import { actionRemindersJob } from './action-reminders.js';
import { agendaJob } from './agenda.js';
import { digestJob } from './digest.js';
import { figuresReminderJob } from './figures.js';
import { basicPollCloser } from './poll-closer.js';
import { pollCloseJob, pollReminderJob, type PollCloser } from './polls.js';

export function allJobs(closePoll: PollCloser = basicPollCloser): JobDefinition[] {
  return [pollCloseJob(closePoll), pollReminderJob, agendaJob, actionRemindersJob, figuresReminderJob, digestJob];
}
