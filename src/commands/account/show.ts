import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { accountsOf } from '../../store/accounts.js';
import { joinRich } from '../../text/rich.js';
import { defineCommand } from '../spec.js';
import { platformName } from './words.js';

// The accounts that are one person with the sender's, and where direct messages go.
export const accountShow = defineCommand({
  id: 'account_show',
  words: { sv: 'konto visa', en: 'account show' },
  role: 'anyone',
  readOnly: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const accounts = await accountsOf(ctx.db, ctx.user.id);
    const lines = accounts.map((a) => ctx.t('account.show_line', { platform: platformName(ctx.t, a.platform), name: a.displayName, here: a.id === ctx.account.id ? ctx.t('account.show_here') : '' }));
    const dm = ctx.user.dmPlatform ? platformName(ctx.t, ctx.user.dmPlatform) : ctx.t('account.dm_last');
    const hint = accounts.length > 1 ? ctx.t('account.show_dm', { dm }) : ctx.t('account.show_single');
    ctx.reply(textMessage(joinRich([ctx.t('account.show_title'), ...lines, hint], '\n')));
  },
});
