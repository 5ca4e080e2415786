// Every poll command first settles its case's overdue polls, so a vote after the deadline is never
// counted; the closing itself is services/poll-closing.ts, shared with the poll_close job.
import type { Tx } from '../../store/client.js';
import { closeAtDeadline, type PollClosing } from '../../services/poll-closing.js';
import { requireCase, type CommandContext } from '../context.js';

async function duePollIds(db: Tx, now: Date, caseId?: number): Promise<number[]> {
  const due = await db.poll.findMany({
    where: { status: 'open', closesAt: { lte: now }, case: { status: 'open' }, ...(caseId === undefined ? {} : { caseId }) },
    select: { id: true },
    orderBy: { closesAt: 'asc' },
  });
  return due.map((p) => p.id);
}

export function publishClosing(ctx: CommandContext, closing: PollClosing): void {
  ctx.post(closing.result);
  ctx.update(closing.ref, closing.card);
}

/**
 * Closes the case's overdue polls inside the command's transaction, before the command reads or
 * changes a poll: a refusal rolls the closing back with everything else, so what is posted always
 * matches what is stored.
 */
export async function settleDuePolls(ctx: CommandContext, tx: Tx): Promise<void> {
  const c = requireCase(ctx);
  if (c.status !== 'open') return;
  for (const id of await duePollIds(tx, ctx.clock.now(), c.id)) {
    const closing = await closeAtDeadline(tx, ctx.ballotSecret, id);
    if (closing) publishClosing(ctx, closing);
  }
}
