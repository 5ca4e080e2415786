import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { ROLE_WORDS, type MemberRole } from '../../domain/roles.js';
import { channelLabel } from '../../render/channels.js';
import { audit } from '../../store/audit.js';
import { channelsOf, organisationNamed } from '../../store/cases.js';
import { putMember } from '../../store/members.js';
import { choice, mention, text } from '../args.js';
import { ORG_FIELD, PERSON_FIELD, ROLE_FIELD } from '../fields.js';
import { organisationName } from '../people.js';
import { defineCommand } from '../spec.js';
import { keepALeader } from './last-leader.js';
import { requestToDecide } from './request.js';

// Approving makes the person a member (or keeps their membership, changing role or organisation if
// given) and the channel they linked one of the case's: from now on it gets the posts.
export const memberApprove = defineCommand({
  id: 'member_approve',
  words: { sv: 'medlem godkänn', en: 'member approve' },
  aliases: ['medlem godkann'],
  role: 'leader',
  direct: true,
  fields: { person: PERSON_FIELD, org: ORG_FIELD, role: ROLE_FIELD },
  positional: ['person'],
  schema: () => z.object({ person: mention(), org: text(100).optional(), role: choice(ROLE_WORDS).optional() }),
  async handler(ctx, args) {
    await ctx.write(async (tx) => {
      const { user, link } = await requestToDecide(tx, ctx, args.person);
      const caseId = link.caseId;
      const existing = await tx.member.findUnique({ where: { caseId_userId: { caseId, userId: user.id } } });
      const current = existing && !existing.removedAt ? existing : null;
      const role: MemberRole = args.role ?? (current?.role as MemberRole | undefined) ?? 'member';
      if (current && role !== 'leader') await keepALeader(tx, current, user.displayName);
      const organisationId = args.org ? await organisationNamed(tx, caseId, args.org) : current?.organisationId ?? null;
      const member = await putMember(tx, existing, { caseId, userId: user.id, role, organisationId }, ctx.clock.now());
      await tx.channelLink.update({ where: { id: link.id }, data: { status: 'active' } });
      await audit(tx, {
        at: ctx.clock.now(), caseId, actorId: ctx.user.id, action: 'member.approve', entity: 'Member', entityId: member.id,
        data: { userId: user.id, role, organisationId, channelLinkId: link.id, ...(current ? { was: { role: current.role, organisationId: current.organisationId } } : {}) },
      });
      const org = await organisationName(tx, ctx, organisationId);
      const message = textMessage(ctx.t('member.approved', { actor: ctx.user.displayName, name: user.displayName, org, role: ctx.t(`role.${role}`), channel: channelLabel(ctx.t, link), title: link.case.title }));
      ctx.postTo(await channelsOf(tx, caseId), message);
      // A click in a direct conversation sees none of the case's channels: the answer says it there too.
      if (!ctx.case) ctx.reply(message);
    });
  },
});
