import { z } from 'zod';
import { historyMessage } from '../../render/status-history.js';
import { reportsOf } from '../../store/reports.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { sendPrivately } from '../private.js';
import { currentStatus, styleFor } from './common.js';

/** The exact figures, unsuppressed, only to a leader and only by direct message. */
export const figuresExact = defineCommand({
  id: 'figures_exact',
  words: { sv: 'läge exakt', en: 'status exact' },
  aliases: ['lage exakt'],
  role: 'leader',
  readOnly: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    const style = styleFor(ctx, c, 'direct');
    const reports = await reportsOf(ctx.db, c.id);
    const status = await currentStatus(ctx, c, style, reports);
    sendPrivately(ctx, 'figures.exact_sent', ...(reports.length ? [status, historyMessage(style, reports)] : [status]));
  },
});
