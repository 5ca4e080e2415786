import { z } from 'zod';
import { actionById, nextActionNumber } from '../../store/actions.js';
import { audit } from '../../store/audit.js';
import { organisationNamed } from '../../store/cases.js';
import { toIso } from '../../time/local-date.js';
import { freeText, mention, text, upcomingDate } from '../args.js';
import { requireCase, requireMember } from '../context.js';
import { ORG_FIELD, OWNER_FIELD } from '../fields.js';
import { mentionedMember, storedText } from '../people.js';
import { defineCommand } from '../spec.js';
import { actionMessage, actionRef } from './card.js';
import { ACTION_WORDS } from './words.js';

export const actionNew = defineCommand({
  id: 'action_new',
  words: ACTION_WORDS.new,
  role: 'member',
  fields: {
    text: { sv: 'text', en: 'text' },
    owner: OWNER_FIELD,
    org: ORG_FIELD,
    due: { sv: 'senast', en: 'due' },
  },
  positional: ['text'],
  variadic: true,
  schema: ({ today }) => z.object({ text: freeText(300), owner: mention(), org: text(100).optional(), due: upcomingDate(today) }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const creator = requireMember(ctx);
    await ctx.write(async (tx) => {
      const { member: owner } = await mentionedMember(tx, ctx, c.id, args.owner);
      const organisationId = args.org ? await organisationNamed(tx, c.id, args.org) : owner.organisationId;
      const created = await tx.action.create({
        data: { caseId: c.id, number: await nextActionNumber(tx, c.id), text: await storedText(tx, ctx, args.text), ownerId: owner.id, organisationId, dueDate: toIso(args.due), createdById: creator.id, createdAt: ctx.clock.now() },
      });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'action.create', entity: 'Action', entityId: created.id, data: { number: created.number, ownerId: owner.id, organisationId, dueDate: created.dueDate } });
      const view = await actionById(tx, created.id);
      ctx.post(actionMessage(ctx, view), actionRef(view));
    });
  },
});
