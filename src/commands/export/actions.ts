import { z } from 'zod';
import { actionsCsvMessage, ACTIONS_CSV_NAME } from '../../render/actions-csv.js';
import { toIso } from '../../time/local-date.js';
import { todayIn } from '../../time/zone.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';

/** Every action of the case as CSV (about the group's own work: nothing to suppress). */
export const exportActions = defineCommand({
  id: 'export_actions',
  words: { sv: 'export åtgärder', en: 'export actions' },
  aliases: ['export atgarder', 'exportera åtgärder'],
  role: 'observer',
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    const day = (instant: Date) => toIso(todayIn(instant, c.timeZone));
    const actions = await ctx.db.action.findMany({
      where: { caseId: c.id },
      orderBy: { number: 'asc' },
      include: { owner: { include: { user: true } }, organisation: true },
    });
    const rows = actions.map((a) => ({
      number: a.number, text: a.text, owner: a.owner?.user.displayName ?? null, organisation: a.organisation?.name ?? null,
      due: a.dueDate, status: a.status, created: day(a.createdAt), closed: a.closedAt ? day(a.closedAt) : null,
    }));
    ctx.reply(actionsCsvMessage(ctx.t, rows, ctx.t('export.lead', { file: ACTIONS_CSV_NAME })));
  },
});
