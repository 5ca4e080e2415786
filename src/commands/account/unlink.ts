import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { unlinkAccount } from '../../store/accounts.js';
import { audit } from '../../store/audit.js';
import { UserError } from '../context.js';
import { defineCommand } from '../spec.js';

// The account typing it stops being one person with the others. Memberships, ballots and actions
// stay with the account that stands for the person; typed there, every other account leaves.
export const accountUnlink = defineCommand({
  id: 'account_unlink',
  words: { sv: 'konto koppla loss', en: 'account unlink' },
  role: 'anyone',
  schema: () => z.object({}),
  async handler(ctx) {
    await ctx.write(async (tx) => {
      const leaving = ctx.account.personId !== null ? [ctx.account.id] : (await tx.user.findMany({ where: { personId: ctx.account.id }, select: { id: true } })).map((a) => a.id);
      if (!leaving.length) throw new UserError('account.not_linked');
      for (const id of leaving) {
        await unlinkAccount(tx, id);
        await audit(tx, { at: ctx.clock.now(), actorId: ctx.account.id, action: 'account.unlink', entity: 'User', entityId: id, data: { personId: ctx.user.id } });
      }
      ctx.reply(textMessage(ctx.t('account.unlinked', { count: leaving.length })));
    });
  },
});
