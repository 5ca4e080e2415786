// The request a leader decides: the channel link a person made with a join code, waiting for
// approval. In a case's channel it is that case's; from a direct conversation (a click on the card
// the leader got there) it is found among the open cases the sender leads.
import type { Mention } from '../../text/mention.js';
import type { Tx } from '../../store/client.js';
import { pendingLinkOf, pendingLinksLedBy, type LinkWithCase } from '../../store/cases.js';
import type { User } from '../../store/models.js';
import { UserError, type CommandContext } from '../context.js';
import { mentionedUser } from '../people.js';

export async function requestToDecide(tx: Tx, ctx: CommandContext, person: Mention): Promise<{ user: User; link: LinkWithCase }> {
  const user = await mentionedUser(tx, ctx, person);
  const links = ctx.case ? [await pendingLinkOf(tx, ctx.case.id, user.id)].filter((l) => l !== null) : await pendingLinksLedBy(tx, user.id, ctx.user.id);
  if (links.length > 1) throw new UserError('member.request_ambiguous', { name: user.displayName });
  if (!links[0]) throw new UserError('member.no_request', { name: user.displayName });
  return { user, link: links[0] };
}
