// What the poll commands share: finding a poll by its number (its card: services/poll-card.ts).
import { z } from 'zod';
import type { Tx } from '../../store/client.js';
import { pollByNumber, type PollDetail } from '../../store/polls.js';
import { shortNumber } from '../args.js';
import { UserError } from '../context.js';

/** The field that names a poll by its number. */
export const POLL_FIELD = { sv: 'omröstning', en: 'poll' } as const;

/** The arguments of a command that takes just a poll's number. */
export const ONE_POLL = { fields: { poll: POLL_FIELD }, positional: ['poll'], schema: () => z.object({ poll: shortNumber() }) };

export async function requirePoll(db: Tx, caseId: number, number: number): Promise<PollDetail> {
  const poll = await pollByNumber(db, caseId, number);
  if (!poll) throw new UserError('poll.not_found', { number });
  return poll;
}
