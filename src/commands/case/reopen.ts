import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { audit } from '../../store/audit.js';
import { requireCase, UserError } from '../context.js';
import { defineCommand } from '../spec.js';

// The one change a closed case allows besides reading: opening it again.
export const caseReopen = defineCommand({
  id: 'case_reopen',
  words: { sv: 'ärende återöppna', en: 'case reopen' },
  aliases: ['ärende ateroppna'],
  role: 'leader',
  onClosedCase: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    if (c.status !== 'closed') throw new UserError('case.not_closed', { title: c.title });
    await ctx.write(async (tx) => {
      // Its scheduled jobs start again: the scheduler recomputes the case's next occurrences.
      await tx.case.update({ where: { id: c.id }, data: { status: 'open', closedAt: null, scheduleChanged: true } });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'case.reopen', entity: 'Case', entityId: c.id, data: { closedAt: c.closedAt } });
      ctx.post(textMessage(ctx.t('case.reopened_by', { actor: ctx.user.displayName, title: c.title })));
    });
  },
});
