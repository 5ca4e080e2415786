import { z } from 'zod';
import { cardMessage } from '../../render/card-text.js';
import { memberListCard } from '../../render/member-list.js';
import { membersOf } from '../../store/members.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';

export const memberList = defineCommand({
  id: 'member_list',
  words: { sv: 'medlem lista', en: 'member list' },
  aliases: ['medlemmar', 'members'],
  role: 'observer',
  standIn: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    ctx.reply(cardMessage(memberListCard(ctx.t, c.title, await membersOf(ctx.db, c.id))));
  },
});
