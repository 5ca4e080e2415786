import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { audit } from '../../store/audit.js';
import { activeMember, caseForChannel, linkChannel } from '../../store/cases.js';
import { joinCode } from '../args.js';
import { UserError } from '../context.js';
import { defineCommand } from '../spec.js';

// Whoever holds the join code was invited by the group, so the person linking becomes a member.
export const caseLink = defineCommand({
  id: 'case_link',
  words: { sv: 'ärende koppla', en: 'case link' },
  role: 'anyone',
  fields: { code: { sv: 'kod', en: 'code' } },
  positional: ['code'],
  schema: () => z.object({ code: joinCode() }),
  async handler(ctx, { code }) {
    await ctx.db.$transaction(async (tx) => {
      const taken = await caseForChannel(tx, ctx.event.platform, ctx.event.channel.id);
      if (taken) throw new UserError('case.channel_taken', { title: taken.title });
      const target = await tx.case.findFirst({ where: { joinCode: code, status: 'open' } });
      if (!target) throw new UserError('case.bad_code', { code });
      const link = await linkChannel(tx, target.id, { platform: ctx.event.platform, channelId: ctx.event.channel.id, name: ctx.event.channel.name ?? null, address: ctx.event.channel.address ?? null }, ctx.clock.now());
      if (!(await activeMember(tx, target.id, ctx.user.id))) {
        await tx.member.upsert({
          where: { caseId_userId: { caseId: target.id, userId: ctx.user.id } },
          create: { caseId: target.id, userId: ctx.user.id, role: 'member', joinedAt: ctx.clock.now() },
          update: { removedAt: null, role: 'member', joinedAt: ctx.clock.now() },
        });
      }
      await audit(tx, { at: ctx.clock.now(), caseId: target.id, actorId: ctx.user.id, action: 'case.link', entity: 'ChannelLink', entityId: link.id, data: { platform: link.platform, channelId: link.channelId } });
      const channel = ctx.event.channel.name ? `#${ctx.event.channel.name}` : ctx.event.channel.id;
      ctx.post(textMessage(ctx.t('case.linked', { name: ctx.user.displayName, channel, platform: ctx.t(`platform.${ctx.event.platform}` as 'platform.slack'), title: target.title })));
    });
  },
});
