// Turning mentions and organisation names in a command into rows of the case, or a refusal.
import { senderOf } from '../core/event.js';
import type { Tx } from '../store/client.js';
import { activeMember, findOrganisation, organisationsOf } from '../store/cases.js';
import type { Member, Organisation, User } from '../store/models.js';
import { userForMention } from '../store/users.js';
import { decodeMention, MENTION_TOKEN, mentionLabel, mentionToken, type Mention } from '../text/mention.js';
import type { TypedText } from './args.js';
import { UserError, type CommandContext } from './context.js';

/** The user a mention names (created on first use when it carries an id). */
export async function mentionedUser(tx: Tx, ctx: CommandContext, mention: Mention): Promise<User> {
  const found = await userForMention(tx, mention, senderOf(ctx.event), ctx.clock.now());
  if (found.ok) return found.user;
  const platform = ctx.t(`platform.${mention.platform ?? ctx.event.platform}` as 'platform.slack');
  throw new UserError(found.reason === 'ambiguous' ? 'person.ambiguous' : 'person.unknown', { name: mentionLabel(mention), platform });
}

/**
 * Free text as it is stored: each mention in it points at our user (created on first use, as
 * `mentionedUser` does); one that names nobody known stays the text it reads as.
 */
export async function storedText(tx: Tx, ctx: CommandContext, typed: TypedText): Promise<string> {
  let out = '';
  let last = 0;
  for (const m of typed.text.matchAll(MENTION_TOKEN)) {
    const mention = decodeMention(m[1]!);
    const found = mention && (await userForMention(tx, mention, senderOf(ctx.event), ctx.clock.now()));
    const user = found?.ok ? found.user : null;
    out += typed.text.slice(last, m.index) + (user ? mentionToken({ platform: user.platform, id: user.externalId, name: user.displayName, userId: user.id }) : mention ? mentionLabel(mention) : '');
    last = m.index + m[0].length;
  }
  return out + typed.text.slice(last);
}

/** The active member of the case a mention names, or a refusal saying they are not one. */
export async function mentionedMember(tx: Tx, ctx: CommandContext, caseId: number, mention: Mention): Promise<{ user: User; member: Member }> {
  const user = await mentionedUser(tx, ctx, mention);
  const member = await activeMember(tx, caseId, user.id);
  if (!member) throw new UserError('person.not_member', { name: user.displayName });
  return { user, member };
}

/** An organisation's name as member texts show it, or "no organisation". */
export async function organisationName(tx: Tx, ctx: CommandContext, organisationId: number | null): Promise<string> {
  return organisationId ? (await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } })).name : ctx.t('member.no_org');
}

/** An existing organisation of the case, or a refusal naming the ones there are. */
export async function existingOrganisation(tx: Tx, ctx: CommandContext, caseId: number, name: string): Promise<Organisation> {
  const found = await findOrganisation(tx, caseId, name);
  if (found) return found;
  const known = (await organisationsOf(tx, caseId)).map((o) => o.name).join(', ');
  throw new UserError('person.unknown_org', { name, known: known || ctx.t('none') });
}

/** How a command line names this user, whichever platform it is typed on (for the commands buttons carry). */
export function mentionOf(user: User): string {
  const name = user.displayName.replace(/[<>|"]/g, '');
  if (user.platform === 'slack') return `<@${user.externalId}|${name}>`;
  if (user.platform === 'teams') return `<at id="${user.externalId}">${name}</at>`;
  return `@${user.externalId}`;
}
