// The scheduled jobs, in the order they run when several fall due at the same instant: a poll
// closes before the digest that reports it.
import { closeAtDeadline } from '../../services/poll-closing.js';
import type { JobDefinition } from '../job.js';
import { actionRemindersJob } from './action-reminders.js';
import { activityDmJob } from './activity-dm.js';
import { agendaJob } from './agenda.js';
import { digestJob } from './digest.js';
import { figuresReminderJob } from './figures.js';
import { pollCloseJob, pollReminderJob, type PollCloser } from './polls.js';

/** Closes the poll as the polls commands do (decision, result); the job posts the result and refreshes the poll's card. */
const closeWithDecision = (ballotSecret: string): PollCloser => async (tx, pollId) => {
  const closing = await closeAtDeadline(tx, ballotSecret, pollId);
  return closing ? [{ kind: 'post', message: closing.result }, { kind: 'update', ref: closing.ref, message: closing.card }] : [];
};

/** The poll jobs open ballots, so they need the ballot secret (docs/ARCHITECTURE.md, "Anonymous polls"). */
export function allJobs(ballotSecret: string): JobDefinition[] {
  return [pollCloseJob(closeWithDecision(ballotSecret)), pollReminderJob(ballotSecret), agendaJob, activityDmJob, actionRemindersJob, figuresReminderJob, digestJob];
}
