import { z } from 'zod';
import { audit } from '../../store/audit.js';
import { markScheduleChanged } from '../../store/next-occurrences.js';
import { findReport, reportsOf, toReport } from '../../store/reports.js';
import { toIso } from '../../time/local-date.js';
import { pastDate, text } from '../args.js';
import { requireCase, UserError } from '../context.js';
import { defineCommand } from '../spec.js';
import { currentStatus, drawStatusChart, styleFor } from './common.js';
import { DATE_FIELD, SOURCE_FIELD, WITHDRAW_WORDS } from './lines.js';

/**
 * A leader withdraws a wrong report. The row goes, so that no view or change reads it; its
 * values stay in the audit entry `figures.withdraw`.
 */
export const figuresWithdraw = defineCommand({
  id: 'figures_withdraw',
  words: WITHDRAW_WORDS,
  aliases: ['lage aterkalla'],
  role: 'leader',
  fields: {
    date: DATE_FIELD,
    source: SOURCE_FIELD,
  },
  schema: ({ today }) => z.object({ date: pastDate(today), source: text(60) }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const date = toIso(args.date);
    const style = styleFor(ctx, c, 'channel');
    const matches = (source: string) => source.toLowerCase() === args.source.toLowerCase();
    const before = await reportsOf(ctx.db, c.id);
    // The post's chart is drawn before the transaction, which must not wait for a drawing.
    await drawStatusChart(ctx, c, style, before.filter((r) => !(r.date === date && matches(r.source))));
    await ctx.write(async (tx) => {
      const source = (await reportsOf(tx, c.id)).find((r) => r.date === date && matches(r.source))?.source;
      const row = source ? await findReport(tx, c.id, date, source) : null;
      if (!row) throw new UserError('figures.no_report', { source: args.source, date });
      await tx.statusReport.delete({ where: { id: row.id } });
      await markScheduleChanged(tx, c.id); // the figures reminder counts from the latest report
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'figures.withdraw', entity: 'StatusReport', entityId: row.id, data: { previous: { ...toReport(row), reportedById: row.reportedById } } });
      const lead = ctx.t('figures.withdrawn', { name: ctx.user.displayName, source: row.source, date });
      ctx.post(await currentStatus(ctx, c, style, await reportsOf(tx, c.id), { lead, drawnOnly: true }));
    });
  },
});
