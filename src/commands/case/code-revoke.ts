import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { audit } from '../../store/audit.js';
import { revokeOpenJoinCodes } from '../../store/join-codes.js';
import { requireCase, UserError } from '../context.js';
import { defineCommand } from '../spec.js';

// Revokes every code of the case that could still be used, whoever made it: nobody but the leader
// who made a code knows it, so "all open ones" is what a leader can name.
export const caseCodeRevoke = defineCommand({
  id: 'case_code_revoke',
  words: { sv: 'ärende kod återkalla', en: 'case code revoke' },
  aliases: ['ärende kod aterkalla'],
  role: 'leader',
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    await ctx.write(async (tx) => {
      const count = await revokeOpenJoinCodes(tx, c.id, ctx.clock.now());
      if (!count) throw new UserError('case.code_none_open');
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'case.code_revoke', entity: 'JoinCode', data: { count } });
      ctx.reply(textMessage(ctx.t('case.code_revoked', { count })));
    });
  },
});
