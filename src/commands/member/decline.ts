import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { asLocale, translator } from '../../i18n/index.js';
import { channelLabel } from '../../render/channels.js';
import { audit } from '../../store/audit.js';
import { mention } from '../args.js';
import { PERSON_FIELD } from '../fields.js';
import { defineCommand } from '../spec.js';
import { requestToDecide } from './request.js';

// Declining removes the pending link, and with it the request: the channel never got anything of
// the case and is free to be linked again with a new code.
export const memberDecline = defineCommand({
  id: 'member_decline',
  words: { sv: 'medlem avböj', en: 'member decline' },
  aliases: ['medlem avboj'],
  role: 'leader',
  direct: true,
  fields: { person: PERSON_FIELD },
  positional: ['person'],
  schema: () => z.object({ person: mention() }),
  async handler(ctx, { person }) {
    await ctx.write(async (tx) => {
      const { user, link } = await requestToDecide(tx, ctx, person);
      await tx.channelLink.delete({ where: { id: link.id } });
      await audit(tx, {
        at: ctx.clock.now(), caseId: link.caseId, actorId: ctx.user.id, action: 'member.decline', entity: 'ChannelLink', entityId: link.id,
        data: { userId: user.id, platform: link.platform, channelId: link.channelId },
      });
      ctx.reply(textMessage(ctx.t('member.declined', { name: user.displayName, channel: channelLabel(ctx.t, link) })));
      const t = translator(asLocale(user.locale) ?? asLocale(link.case.locale) ?? ctx.locale);
      ctx.dm(user, textMessage(t('member.declined_dm', { title: link.case.title, channel: channelLabel(t, link) })));
    });
  },
});
