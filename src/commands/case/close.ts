import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { audit } from '../../store/audit.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';

// The bot refuses every command above observer level on a closed case, so this is the last change.
export const caseClose = defineCommand({
  id: 'case_close',
  words: { sv: 'ärende stäng', en: 'case close' },
  aliases: ['ärende stang'],
  role: 'leader',
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    await ctx.write(async (tx) => {
      // Its scheduled jobs stop: the scheduler drops the case's next occurrences.
      await tx.case.update({ where: { id: c.id }, data: { status: 'closed', closedAt: ctx.clock.now(), scheduleChanged: true } });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'case.close', entity: 'Case', entityId: c.id });
      ctx.post(textMessage(ctx.t('case.closed_by', { actor: ctx.user.displayName, title: c.title })));
    });
  },
});
