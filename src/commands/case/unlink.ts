import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { channelLabel } from '../../render/channels.js';
import { audit } from '../../store/audit.js';
import { linksOf } from '../../store/cases.js';
import { shortNumber } from '../args.js';
import { requireCase, UserError } from '../context.js';
import { NUMBER_FIELD } from '../fields.js';
import { mentionOf } from '../people.js';
import { defineCommand } from '../spec.js';

// The unlinked channel gets one last message and nothing after it: its posted cards are no longer
// updated and what the scheduler queued for it is not sent. Nobody's membership changes.
export const caseUnlink = defineCommand({
  id: 'case_unlink',
  words: { sv: 'ärende koppla loss', en: 'case unlink' },
  role: 'leader',
  fields: { number: NUMBER_FIELD },
  positional: ['number'],
  schema: () => z.object({ number: shortNumber() }),
  async handler(ctx, { number }) {
    const c = requireCase(ctx);
    await ctx.write(async (tx) => {
      const links = await linksOf(tx, c.id);
      const link = links[number - 1];
      if (!link) throw new UserError('case.no_channel', { number });
      if (link.status === 'pending') throw new UserError('case.unlink_pending', { number, person: link.linkedBy ? mentionOf(link.linkedBy) : '@…' });
      if (links.filter((l) => l.status === 'active').length === 1) throw new UserError('case.unlink_last', { channel: channelLabel(ctx.t, link) });
      const channel = { caseId: c.id, platform: link.platform };
      await tx.channelLink.delete({ where: { id: link.id } });
      await tx.postedMessage.deleteMany({ where: { ...channel, channelId: link.channelId } });
      await tx.outboxMessage.updateMany({ where: { ...channel, target: link.channelId, kind: 'post', status: 'pending' }, data: { status: 'failed', lastError: 'channel unlinked' } });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'case.unlink', entity: 'ChannelLink', entityId: link.id, data: { platform: link.platform, channelId: link.channelId, name: link.name } });
      ctx.postTo([link], textMessage(ctx.t('case.unlinked_here', { actor: ctx.user.displayName, title: c.title })));
      ctx.post(textMessage(ctx.t('case.unlinked', { actor: ctx.user.displayName, channel: channelLabel(ctx.t, link) })));
    });
  },
});
