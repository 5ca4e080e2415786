// A minimal PollCloser until the polls commands provide theirs (which also records the decision
// and refreshes the poll's card): marks the poll closed as of its deadline and posts the result.
import { audit } from '../../store/audit.js';
import { pollResults } from '../../store/follow-ups.js';
import type { PollCloser } from './polls.js';

export const basicPollCloser: PollCloser = async (tx, pollId, at, { t, case: theCase }) => {
  const { count } = await tx.poll.updateMany({ where: { id: pollId, status: 'open' }, data: { status: 'closed', closedAt: at } });
  if (count === 0) return null;
  await audit(tx, { caseId: theCase.id, action: 'poll.close', entity: 'Poll', entityId: pollId, data: { at: at.toISOString(), by: 'deadline' } });
  const poll = await tx.poll.findUniqueOrThrow({ where: { id: pollId } });
  const results = await pollResults(tx, pollId);
  const total = results.reduce((sum, r) => sum + r.votes, 0);
  const lines = results.map((r) => `${r.label}: ${r.votes}`).join('\n');
  return { text: `${t('poll_closed.title', { number: poll.number, question: poll.question, total })}\n${lines}` };
};
