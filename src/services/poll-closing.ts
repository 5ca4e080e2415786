// Closing a poll — by a leader, or at its deadline — records the result as a decision at the
// current meeting. The poll_close job calls closeAtDeadline, the poll commands closePoll and, to
// settle a case's overdue polls before they read one, closeAtDeadline too
// (commands/poll/closing.ts).
import type { EntityRef } from '../core/event.js';
import { textMessage, type Message } from '../core/message.js';
import { choicesOf } from '../domain/ballots.js';
import { currentMeeting } from '../domain/meetings.js';
import { pollResult, tally } from '../domain/polls.js';
import { resultText } from '../render/poll-card.js';
import { audit } from '../store/audit.js';
import { recordCount } from '../store/ballots.js';
import type { Tx } from '../store/client.js';
import { meetingsOf } from '../store/meetings.js';
import type { Case } from '../store/models.js';
import { markScheduleChanged } from '../store/next-occurrences.js';
import { pollById, type PollDetail } from '../store/polls.js';
import { neutral } from '../text/rich.js';
import { caseTranslator } from './case-texts.js';
import { pollCardFor, pollRef } from './poll-card.js';
import { UserError } from './user-error.js';

/** What closing a poll shows: the result to post and the card to update in place. */
export interface PollClosing {
  caseId: number;
  result: Message;
  ref: EntityRef;
  card: Message;
}

/** Who closed a poll; null when its deadline did. */
export interface Closer {
  userId: number;
  memberId: number;
}

/**
 * Counts the ballots — an anonymous poll's sealed choices are opened here, in memory, and nowhere
 * else — records the count and the decision, and erases the sealed choices.
 */
export async function closePoll(tx: Tx, ballotSecret: string, c: Case, poll: PollDetail, at: Date, closer: Closer | null): Promise<PollClosing> {
  const t = caseTranslator(c);
  const choices = choicesOf(ballotSecret, poll);
  if (!choices) throw new UserError('poll.key_changed', { number: poll.number });
  const counts = tally(poll.options, choices);
  await recordCount(tx, poll, counts);
  const result = resultText(t, pollResult(counts));
  const meeting = currentMeeting(await meetingsOf(tx, c.id), at, c.timeZone);
  await tx.poll.update({ where: { id: poll.id }, data: { status: 'closed', closedAt: at } });
  await markScheduleChanged(tx, c.id); // no reminder or closing at its deadline any more
  const decision = await tx.decision.create({
    data: {
      caseId: c.id, pollId: poll.id, meetingId: meeting?.id ?? null, createdById: closer?.memberId ?? poll.createdById, createdAt: at,
      text: neutral(t('poll.decision', { number: poll.number, question: poll.question, result })),
    },
  });
  await audit(tx, { at, caseId: c.id, actorId: closer?.userId ?? null, action: 'poll.close', entity: 'Poll', entityId: poll.id, data: { number: poll.number, decisionId: decision.id, by: closer ? 'leader' : 'deadline' } });
  return {
    caseId: c.id,
    result: textMessage(t('poll.closed_post', { number: poll.number, question: poll.question, result })),
    ref: pollRef(poll),
    card: await pollCardFor(tx, ballotSecret, c, await pollById(tx, poll.id)),
  };
}

/** Closes one poll at its deadline (the poll_close job, or a command settling overdue polls); null when it is no longer open. */
export async function closeAtDeadline(tx: Tx, ballotSecret: string, id: number): Promise<PollClosing | null> {
  // Another instance may have closed it meanwhile.
  if (!(await tx.poll.count({ where: { id, status: 'open' } }))) return null;
  const poll = await pollById(tx, id);
  return closePoll(tx, ballotSecret, await tx.case.findUniqueOrThrow({ where: { id: poll.caseId } }), poll, poll.closesAt!, null);
}
