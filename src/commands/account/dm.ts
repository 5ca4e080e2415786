import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { audit } from '../../store/audit.js';
import { choice } from '../args.js';
import { defineCommand } from '../spec.js';
import { platformName } from './words.js';

// Where a person with linked accounts gets direct messages: one platform, or the one used last.
export const accountDm = defineCommand({
  id: 'account_dm',
  words: { sv: 'konto dm', en: 'account dm' },
  role: 'anyone',
  fields: { platform: { sv: 'plattform', en: 'platform' } },
  positional: ['platform'],
  schema: () => z.object({ platform: choice({ slack: ['slack', 'slack'], teams: ['teams', 'teams'], last: ['senast', 'last'] }) }),
  async handler(ctx, { platform }) {
    const dmPlatform = platform === 'last' ? null : platform;
    await ctx.write(async (tx) => {
      await tx.user.update({ where: { id: ctx.user.id }, data: { dmPlatform } });
      await audit(tx, { at: ctx.clock.now(), actorId: ctx.account.id, action: 'account.dm', entity: 'User', entityId: ctx.user.id, data: { dmPlatform } });
      ctx.reply(textMessage(ctx.t('account.dm_set', { dm: dmPlatform ? platformName(ctx.t, dmPlatform) : ctx.t('account.dm_last') })));
    });
  },
});
