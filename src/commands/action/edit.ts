import { z } from 'zod';
import { organisationNamed } from '../../store/cases.js';
import { freeText, mention, shortNumber, text } from '../args.js';
import { UserError } from '../context.js';
import { NUMBER_FIELD, ORG_FIELD, OWNER_FIELD } from '../fields.js';
import { mentionedMember, storedText } from '../people.js';
import { defineCommand } from '../spec.js';
import { changeAction } from './change.js';
import { ACTION_WORDS } from './words.js';

// A new owner brings their organisation unless another is named.
export const actionEdit = defineCommand({
  id: 'action_edit',
  words: ACTION_WORDS.edit,
  aliases: ['åtgärd redigera'],
  role: 'leader',
  fields: {
    number: NUMBER_FIELD,
    text: { sv: 'text', en: 'text' },
    owner: OWNER_FIELD,
    org: ORG_FIELD,
  },
  positional: ['number', 'text'],
  variadic: true,
  schema: () => z.object({ number: shortNumber(), text: freeText(300).optional(), owner: mention().optional(), org: text(100).optional() }),
  async handler(ctx, args) {
    if (!args.text && !args.owner && !args.org) throw new UserError('action.edit_nothing', { nr: args.number });
    await changeAction(ctx, args.number, () => 'edit', async (tx, action) => {
      const owner = args.owner ? (await mentionedMember(tx, ctx, action.caseId, args.owner)).member : null;
      const data = {
        ...(args.text ? { text: await storedText(tx, ctx, args.text) } : {}),
        ...(owner ? { ownerId: owner.id, organisationId: owner.organisationId } : {}),
        ...(args.org ? { organisationId: await organisationNamed(tx, action.caseId, args.org) } : {}),
      };
      await tx.action.update({ where: { id: action.id }, data });
      const was = { text: action.text, ownerId: action.ownerId, organisationId: action.organisationId };
      return { audit: 'action.edit', data: { was, ...data }, reply: ctx.t('action.edited', { nr: args.number }) };
    });
  },
});
