import { textMessage } from '../../core/message.js';
import { audit } from '../../store/audit.js';
import { agendaItemByNumber } from '../../store/agenda.js';
import { requireCase, UserError, type CommandContext } from '../context.js';
import { defineCommand } from '../spec.js';
import { ONE_ITEM } from './support.js';

// Names of affected people cannot be detected, so a leader marks an item (and its decisions) not
// for publication. The public minutes read the mark when they are shown, so it takes effect on
// minutes already approved too; the group's own minutes keep the item.
async function markItem(ctx: CommandContext, number: number, isPublic: boolean): Promise<void> {
  const c = requireCase(ctx);
  await ctx.write(async (tx) => {
    const item = await agendaItemByNumber(tx, c.id, number);
    if (!item) throw new UserError('agenda.not_found', { number });
    const key = isPublic ? 'agenda.public' : 'agenda.not_public';
    if (item.public === isPublic) throw new UserError(`${key}_already`, { number });
    await tx.agendaItem.update({ where: { id: item.id }, data: { public: isPublic } });
    await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: isPublic ? 'agenda.public' : 'agenda.not_public', entity: 'AgendaItem', entityId: item.id, data: { number } });
    ctx.post(textMessage(ctx.t(key, { number, text: item.text })));
  });
}

export const agendaNotPublic = defineCommand({
  id: 'agenda_not_public',
  words: { sv: 'dagordning ej-publik', en: 'agenda not-public' },
  role: 'leader',
  ...ONE_ITEM,
  handler: (ctx, args) => markItem(ctx, args.item, false),
});

export const agendaPublic = defineCommand({
  id: 'agenda_public',
  words: { sv: 'dagordning publik', en: 'agenda public' },
  role: 'leader',
  ...ONE_ITEM,
  handler: (ctx, args) => markItem(ctx, args.item, true),
});
