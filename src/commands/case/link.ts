import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { joinCodeHash } from '../../domain/join-codes.js';
import { hasRole, type MemberRole } from '../../domain/roles.js';
import { asLocale, translator, type MessageKey } from '../../i18n/index.js';
import { cardMessage } from '../../render/card-text.js';
import { channelLabel } from '../../render/channels.js';
import { joinRequestCard } from '../../render/join-request.js';
import { whenText } from '../../render/when.js';
import { audit } from '../../store/audit.js';
import type { Tx } from '../../store/client.js';
import { linkChannel, linkOfChannel, pendingLinkOf } from '../../store/cases.js';
import { claimJoinCode, codeAttemptsRefusedUntil, joinCodeByHash, recordLinkFailure } from '../../store/join-codes.js';
import { membersOf } from '../../store/members.js';
import type { Case, ChannelLink } from '../../store/models.js';
import { joinCode } from '../args.js';
import type { CommandContext } from '../context.js';
import { memberApprove } from '../member/approve.js';
import { memberDecline } from '../member/decline.js';
import { mentionOf } from '../people.js';
import { defineCommand } from '../spec.js';

type SpentWhy = 'case_closed' | 'revoked' | 'used' | 'expired';

/** How an attempt ended; each is audited as `case.link` with this result. */
type Outcome =
  | { result: 'linked' | 'pending'; case: Case; link: ChannelLink; codeId: number; codeBy: number }
  | { result: 'limited'; until: Date }
  | { result: 'channel_taken'; title: string }
  | { result: 'channel_pending' | 'unknown_code' }
  | { result: 'spent'; caseId: number; codeId: number; why: SpentWhy }
  | { result: 'removed' | 'waiting'; case: Case; codeId: number };

// A code links a channel; it never makes a member. Whoever links waits, with the channel, for a
// leader's approval, unless they already act in the case (a leader or member: they could share
// its posts anyway); an observer only reads, so their link waits too. Every attempt is audited;
// codes that do not open count towards a limit per user and per channel.
export const caseLink = defineCommand({
  id: 'case_link',
  words: { sv: 'ärende koppla', en: 'case link' },
  role: 'anyone',
  fields: { code: { sv: 'kod', en: 'code' } },
  positional: ['code'],
  schema: () => z.object({ code: joinCode() }),
  async handler(ctx, { code }) {
    await ctx.write(async (tx) => {
      const outcome = await attempt(tx, ctx, code);
      const caseId = 'case' in outcome ? outcome.case.id : 'caseId' in outcome ? outcome.caseId : null;
      await audit(tx, {
        at: ctx.clock.now(), caseId, actorId: ctx.user.id, action: 'case.link', entity: 'ChannelLink', entityId: 'link' in outcome ? outcome.link.id : null,
        data: { platform: ctx.event.platform, channelId: ctx.event.channel.id, result: outcome.result, ...('why' in outcome ? { why: outcome.why } : {}), ...('codeId' in outcome ? { codeId: outcome.codeId } : {}) },
      });
      await answer(tx, ctx, outcome);
    });
  },
});

async function attempt(tx: Tx, ctx: CommandContext, code: string): Promise<Outcome> {
  const now = ctx.clock.now();
  const where = { userId: ctx.user.id, platform: ctx.event.platform, channelId: ctx.event.channel.id };
  // Checked before the code is even looked at, so that a refused attempt tells nothing.
  const until = await codeAttemptsRefusedUntil(tx, where, now);
  if (until) return { result: 'limited', until };
  const taken = await linkOfChannel(tx, where.platform, where.channelId);
  if (taken) return taken.status === 'pending' ? { result: 'channel_pending' } : { result: 'channel_taken', title: taken.case.title };

  const found = await joinCodeByHash(tx, joinCodeHash(ctx.ballotSecret, code));
  if (!found) {
    await recordLinkFailure(tx, where, now);
    return { result: 'unknown_code' };
  }
  const spent = async (why: SpentWhy): Promise<Outcome> => {
    await recordLinkFailure(tx, where, now);
    return { result: 'spent', caseId: found.caseId, codeId: found.id, why };
  };
  const why = found.case.status !== 'open' ? 'case_closed' : found.revokedAt ? 'revoked' : found.usedAt ? 'used' : found.expiresAt <= now ? 'expired' : null;
  if (why) return spent(why);
  const theCase = found.case;
  const membership = await tx.member.findUnique({ where: { caseId_userId: { caseId: theCase.id, userId: ctx.user.id } } });
  if (membership?.removedAt) return { result: 'removed', case: theCase, codeId: found.id };
  const acts = membership !== null && hasRole(membership.role as MemberRole, 'member');
  if (!acts && (await pendingLinkOf(tx, theCase.id, ctx.user.id))) return { result: 'waiting', case: theCase, codeId: found.id };

  if (!(await claimJoinCode(tx, found.id, ctx.user.id, now))) return spent('used');
  const channel = { platform: where.platform, channelId: where.channelId, name: ctx.event.channel.name ?? null, address: ctx.event.channel.address ?? null };
  const link = await linkChannel(tx, theCase.id, channel, { userId: ctx.user.id, pending: !acts }, now);
  return { result: acts ? 'linked' : 'pending', case: theCase, link, codeId: found.id, codeBy: found.createdById };
}

const REFUSALS: Record<Exclude<Outcome['result'], 'linked' | 'pending' | 'limited' | 'channel_taken'>, MessageKey> = {
  channel_pending: 'error.channel_pending',
  unknown_code: 'case.code_unknown',
  spent: 'case.code_spent',
  removed: 'case.link_removed',
  waiting: 'case.link_waiting',
};

async function answer(tx: Tx, ctx: CommandContext, outcome: Outcome): Promise<void> {
  const here = channelLabel(ctx.t, { platform: ctx.event.platform, channelId: ctx.event.channel.id, name: ctx.event.channel.name ?? null });
  switch (outcome.result) {
    case 'linked':
      return ctx.post(textMessage(ctx.t('case.linked', { name: ctx.user.displayName, channel: here, title: outcome.case.title })));
    case 'pending':
      ctx.reply(textMessage(ctx.t('case.link_requested', { title: outcome.case.title })));
      return tellLeaders(tx, ctx, outcome.case, outcome.codeBy);
    case 'limited':
      return ctx.reply(textMessage(ctx.t('case.link_limited', { when: whenText(ctx.t, outcome.until, ctx.timeZone) })));
    case 'channel_taken':
      return ctx.reply(textMessage(ctx.t('case.channel_taken', { title: outcome.title })));
    default:
      return ctx.reply(textMessage(ctx.t(REFUSALS[outcome.result], { title: 'case' in outcome ? outcome.case.title : '' })));
  }
}

/** Every active leader gets the request by direct message, with buttons to approve or decline it. */
async function tellLeaders(tx: Tx, ctx: CommandContext, theCase: Case, codeBy: number): Promise<void> {
  const creator = await tx.user.findUniqueOrThrow({ where: { id: codeBy } });
  const person = mentionOf(ctx.user);
  for (const leader of await membersOf(tx, theCase.id, ['leader'])) {
    const locale = asLocale(leader.user.locale) ?? asLocale(theCase.locale) ?? ctx.locale;
    const t = translator(locale);
    ctx.dm(leader.user, cardMessage(joinRequestCard(t, {
      caseTitle: theCase.title, name: ctx.user.displayName, platform: t(`platform.${ctx.user.platform}` as 'platform.slack'), channel: channelLabel(t, { platform: ctx.event.platform, channelId: ctx.event.channel.id, name: ctx.event.channel.name ?? null }),
      codeBy: creator.displayName, approve: `${memberApprove.words[locale]} ${person}`, decline: `${memberDecline.words[locale]} ${person}`,
    })));
  }
}
