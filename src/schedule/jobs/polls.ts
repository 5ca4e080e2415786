// Polls with a deadline: members who have not voted are reminded 24 hours before it, and the poll
// closes at it with its result posted to the group and its card refreshed where it was posted.
import { pollReminder } from '../../render/reminders.js';
import type { Tx } from '../../store/client.js';
import { nonVoters } from '../../store/follow-ups.js';
import type { JobDefinition, JobOutput, JobRun } from '../job.js';
import { reminderView } from './view.js';

const REMIND_BEFORE_MS = 24 * 3_600_000;

/**
 * Closes a poll whose deadline has come, inside the transaction that claimed the job, as of `at`;
 * returns what to post and update, nothing when the poll is no longer open (see jobs/index.ts).
 */
export type PollCloser = (tx: Tx, pollId: number, at: Date, run: JobRun) => Promise<JobOutput[]>;

const period = (p: { id: number; closesAt: Date | null }) => `${p.id}@${p.closesAt!.toISOString()}`;

export const pollReminderJob = (ballotSecret: string): JobDefinition => ({
  name: 'poll_reminder',
  schedule: '24 hours before a poll closes',
  settings: [],
  produces: 'dm',
  async next(db, { case: theCase }, after) {
    const polls = await db.poll.findMany({ where: { caseId: theCase.id, status: 'open', closesAt: { gt: new Date(after.getTime() + REMIND_BEFORE_MS) } } });
    return polls.map((p) => ({ period: period(p), at: new Date(p.closesAt!.getTime() - REMIND_BEFORE_MS), subject: p.id }));
  },
  stillRelevant: (occurrence, now) => now.getTime() < occurrence.at.getTime() + REMIND_BEFORE_MS,
  async run(run) {
    const poll = await run.tx.poll.findUnique({ where: { id: run.occurrence.subject! }, include: { options: { orderBy: { position: 'asc' } } } });
    if (poll?.status !== 'open' || !poll.closesAt) return [];
    const message = pollReminder(reminderView(run), { ...poll, closesAt: poll.closesAt }, poll.options.map((o) => o.label));
    return (await nonVoters(run.tx, ballotSecret, poll)).map((m) => ({ kind: 'dm', user: m.user, message }));
  },
});

export function pollCloseJob(close: PollCloser): JobDefinition {
  return {
    name: 'poll_close',
    schedule: 'at each poll deadline',
    settings: [],
    produces: 'post',
    // Every open poll with a deadline, however long ago it passed: closing it ends its occurrence.
    async next(db, { case: theCase }) {
      const polls = await db.poll.findMany({ where: { caseId: theCase.id, status: 'open', closesAt: { not: null } } });
      return polls.map((p) => ({ period: period(p), at: p.closesAt!, subject: p.id }));
    },
    stillRelevant: () => true,
    run: (run) => close(run.tx, run.occurrence.subject!, run.occurrence.at, run),
  };
}
