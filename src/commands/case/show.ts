import { z } from 'zod';
import { cardMessage } from '../../render/card-text.js';
import { caseCard } from '../../render/case-card.js';
import { channelsOf } from '../../store/cases.js';
import { projectLeaderOf } from '../../store/members.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';

export const caseShow = defineCommand({
  id: 'case_show',
  words: { sv: 'ärende visa', en: 'case show' },
  aliases: ['ärende', 'case'],
  role: 'observer',
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    const [channelCount, memberCount, leader] = await Promise.all([
      channelsOf(ctx.db, c.id).then((channels) => channels.length),
      ctx.db.member.count({ where: { caseId: c.id, removedAt: null } }),
      projectLeaderOf(ctx.db, c),
    ]);
    ctx.reply(cardMessage(caseCard(ctx.t, ctx.locale, { case: c, channelCount, memberCount, projectLeader: leader })));
  },
});
