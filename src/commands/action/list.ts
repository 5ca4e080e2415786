import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { FILTER_WORDS, type ListFilter } from '../../domain/actions.js';
import { actionLine } from '../../render/action-card.js';
import { cardMessage } from '../../render/card-text.js';
import { findActions } from '../../store/actions.js';
import { toIso } from '../../time/local-date.js';
import { choice, text } from '../args.js';
import { requireCase, requireMember, type CommandContext } from '../context.js';
import { ORG_FIELD } from '../fields.js';
import { existingOrganisation } from '../people.js';
import { defineCommand } from '../spec.js';
import { joinRich } from '../../text/rich.js';
import { ACTION_WORDS } from './words.js';

const OPEN: Prisma.ActionWhereInput = { status: { in: ['open', 'in_progress'] } };

function filterWhere(ctx: CommandContext, filter: ListFilter): Prisma.ActionWhereInput {
  switch (filter) {
    case 'open': return OPEN;
    case 'mine': return { ...OPEN, ownerId: requireMember(ctx).id };
    case 'overdue': return { ...OPEN, dueDate: { lt: toIso(ctx.today) } };
    case 'all': return {};
  }
}

export const actionList = defineCommand({
  id: 'action_list',
  words: ACTION_WORDS.list,
  aliases: ['åtgärder', 'actions'],
  role: 'observer',
  standIn: true,
  fields: { filter: { sv: 'urval', en: 'filter' }, org: ORG_FIELD },
  positional: ['filter'],
  schema: () => z.object({ filter: choice(FILTER_WORDS).optional(), org: text(100).optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const filter: ListFilter = args.filter ?? 'open';
    const org = args.org ? await existingOrganisation(ctx.db, ctx, c.id, args.org) : null;
    const actions = await findActions(ctx.db, c.id, { ...filterWhere(ctx, filter), ...(org ? { organisationId: org.id } : {}) });
    const list = ctx.t(`action.list.${filter}`);
    const title = org ? ctx.t('action.list.title_org', { list, org: org.name, count: actions.length }) : ctx.t('action.list.title', { list, count: actions.length });
    const lines = actions.map((a) => actionLine(ctx.t, a, ctx.today));
    ctx.reply(cardMessage({ title, sections: [{ text: lines.length ? joinRich(lines, '\n') : ctx.t('action.list.empty') }] }));
  },
});
