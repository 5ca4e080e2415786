import { z } from 'zod';
import { reportsOf } from '../../store/reports.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { currentStatus, styleFor } from './common.js';

// An answer to the one who asks, not a post to every linked channel: the group sees the picture
// when new figures are reported (`läge rapportera` posts it). It is still read in a channel, so
// small counts are suppressed there.
export const figuresShow = defineCommand({
  id: 'figures_show',
  words: { sv: 'läge', en: 'status' },
  aliases: ['lage', 'läget'],
  role: 'observer',
  standIn: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    ctx.reply(await currentStatus(ctx, c, styleFor(ctx, c, 'here'), await reportsOf(ctx.db, c.id)));
  },
});
