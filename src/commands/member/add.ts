import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { ROLE_WORDS, type MemberRole } from '../../domain/roles.js';
import { audit } from '../../store/audit.js';
import { organisationNamed } from '../../store/cases.js';
import { putMember } from '../../store/members.js';
import { choice, mention, text } from '../args.js';
import { requireCase, UserError } from '../context.js';
import { ORG_FIELD, PERSON_FIELD, ROLE_FIELD } from '../fields.js';
import { mentionedUser, organisationName } from '../people.js';
import { mentionLabel } from '../../text/mention.js';
import { defineCommand } from '../spec.js';
import { keepALeader } from './last-leader.js';

// Adding someone who is already a member changes their role or organisation: that is how a
// leader promotes or demotes, and the last leader cannot be demoted.
export const memberAdd = defineCommand({
  id: 'member_add',
  words: { sv: 'medlem lägg till', en: 'member add' },
  aliases: ['medlem lagg till'],
  role: 'leader',
  fields: {
    person: PERSON_FIELD,
    org: ORG_FIELD,
    role: ROLE_FIELD,
  },
  positional: ['person'],
  schema: () => z.object({ person: mention(), org: text(100).optional(), role: choice(ROLE_WORDS).optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    await ctx.write(async (tx) => {
      const user = await mentionedUser(tx, ctx, args.person);
      const existing = await tx.member.findUnique({ where: { caseId_userId: { caseId: c.id, userId: user.id } } });
      const current = existing && !existing.removedAt ? existing : null;
      if (!current && !args.org) throw new UserError('member.org_required', { name: mentionLabel(args.person) });
      const organisationId = args.org ? await organisationNamed(tx, c.id, args.org) : current!.organisationId;
      const role: MemberRole = args.role ?? (current?.role as MemberRole | undefined) ?? 'member';
      const params = { name: user.displayName, role: ctx.t(`role.${role}`), actor: ctx.user.displayName };
      if (current && role !== 'leader') await keepALeader(tx, current, user.displayName);
      const org = await organisationName(tx, ctx, organisationId);
      if (current && current.role === role && current.organisationId === organisationId) throw new UserError('member.unchanged', { ...params, org });
      const member = await putMember(tx, existing, { caseId: c.id, userId: user.id, role, organisationId }, ctx.clock.now());
      await audit(tx, {
        at: ctx.clock.now(),
        caseId: c.id, actorId: ctx.user.id, action: current ? 'member.change' : 'member.add', entity: 'Member', entityId: member.id,
        data: { userId: user.id, role, organisationId, ...(current ? { was: { role: current.role, organisationId: current.organisationId } } : {}) },
      });
      ctx.post(textMessage(ctx.t(current ? 'member.changed' : 'member.added', { ...params, org })));
    });
  },
});
