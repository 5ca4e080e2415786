import { z } from 'zod';
import { statusCsvMessage, STATUS_CSV_NAME } from '../../render/status-csv.js';
import { reportsOf } from '../../store/reports.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { styleFor } from '../figures/common.js';
import { sendPrivately } from '../private.js';

/** Every report as CSV; like `läge`, small counts are suppressed in a channel. */
export const exportFigures = defineCommand({
  id: 'export_figures',
  words: { sv: 'export läge', en: 'export status' },
  aliases: ['export lage', 'exportera läge'],
  role: 'observer',
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    ctx.reply(statusCsvMessage(styleFor(ctx, c, 'here'), await reportsOf(ctx.db, c.id), ctx.t('export.lead', { file: STATUS_CSV_NAME })));
  },
});

/** The exact figures as CSV, to a leader by direct message. */
export const exportFiguresExact = defineCommand({
  id: 'export_figures_exact',
  words: { sv: 'export läge exakt', en: 'export status exact' },
  aliases: ['export lage exakt', 'exportera läge exakt'],
  role: 'leader',
  readOnly: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    sendPrivately(ctx, 'figures.exact_sent', statusCsvMessage(styleFor(ctx, c, 'direct'), await reportsOf(ctx.db, c.id), ctx.t('export.lead', { file: STATUS_CSV_NAME })));
  },
});
