import { z } from 'zod';
import { historyMessage } from '../../render/status-history.js';
import { affectedChanges } from '../../store/case-changes.js';
import { reportsOf } from '../../store/reports.js';
import { toIso } from '../../time/local-date.js';
import { todayIn } from '../../time/zone.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { styleFor } from './common.js';

export const figuresHistory = defineCommand({
  id: 'figures_history',
  words: { sv: 'läge historik', en: 'status history' },
  aliases: ['lage historik'],
  role: 'observer',
  standIn: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    const changes = (await affectedChanges(ctx.db, c.id)).map((ch) => ({ from: ch.from, to: ch.to, by: ch.by, date: toIso(todayIn(ch.at, c.timeZone)) }));
    ctx.reply(historyMessage(styleFor(ctx, c, 'here'), await reportsOf(ctx.db, c.id), changes));
  },
});
