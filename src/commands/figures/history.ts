import { z } from 'zod';
import { historyMessage } from '../../render/status-history.js';
import { reportsOf } from '../../store/reports.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { styleFor } from './common.js';

export const figuresHistory = defineCommand({
  id: 'figures_history',
  words: { sv: 'läge historik', en: 'status history' },
  aliases: ['lage historik'],
  role: 'observer',
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    ctx.reply(historyMessage(styleFor(ctx, c, 'here'), await reportsOf(ctx.db, c.id)));
  },
});
