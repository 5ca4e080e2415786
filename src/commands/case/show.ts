import { z } from 'zod';
import { cardMessage } from '../../render/card-text.js';
import { caseCard } from '../../render/case-card.js';
import { channelsOf } from '../../store/cases.js';
import { projectLeaderOf } from '../../store/members.js';
import type { Button } from '../../core/message.js';
import { hasRole, type MemberRole } from '../../domain/roles.js';
import type { Case } from '../../store/models.js';
import { requireCase, type CommandContext } from '../context.js';
import { caseChange } from './change.js';
import { caseReopen } from './reopen.js';
import { defineCommand } from '../spec.js';

// Leaders change an open case (the button asks what to change) and reopen a closed one.
function buttons({ t, locale, member }: Pick<CommandContext, 't' | 'locale' | 'member'>, c: Case): Button[] {
  if (!member || !hasRole(member.role as MemberRole, 'leader')) return [];
  if (c.status === 'closed') return [{ label: t('case.button.reopen'), command: caseReopen.words[locale], style: 'primary' }];
  return [{ label: t('case.button.change'), command: caseChange.words[locale] }];
}

export const caseShow = defineCommand({
  id: 'case_show',
  words: { sv: 'ärende visa', en: 'case show' },
  aliases: ['ärende', 'case'],
  role: 'observer',
  standIn: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    const [channelCount, memberCount, leader] = await Promise.all([
      channelsOf(ctx.db, c.id).then((channels) => channels.length),
      ctx.db.member.count({ where: { caseId: c.id, removedAt: null } }),
      projectLeaderOf(ctx.db, c),
    ]);
    ctx.reply(cardMessage(caseCard(ctx.t, ctx.locale, { case: c, channelCount, memberCount, projectLeader: leader }, buttons(ctx, c))));
  },
});
