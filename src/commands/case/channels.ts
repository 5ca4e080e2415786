import { z } from 'zod';
import { cardMessage } from '../../render/card-text.js';
import { channelListCard } from '../../render/channels.js';
import { linksOf } from '../../store/cases.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';

export const caseChannels = defineCommand({
  id: 'case_channels',
  words: { sv: 'ärende kanaler', en: 'case channels' },
  role: 'leader',
  readOnly: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    ctx.reply(cardMessage(channelListCard(ctx.t, c.title, await linksOf(ctx.db, c.id))));
  },
});
