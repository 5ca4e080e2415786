import { z } from 'zod';
import { CASE_KIND_WORDS } from '../../domain/cases.js';
import { textMessage } from '../../core/message.js';
import { audit } from '../../store/audit.js';
import { linkChannel, linkOfChannel, organisationNamed } from '../../store/cases.js';
import { toIso } from '../../time/local-date.js';
import { choice, date, freeText, integer, text } from '../args.js';
import { UserError } from '../context.js';
import { ORG_FIELD } from '../fields.js';
import { CASE_FIELDS } from './fields.js';
import { storedText } from '../people.js';
import { defineCommand } from '../spec.js';

export const caseNew = defineCommand({
  id: 'case_new',
  words: { sv: 'ärende ny', en: 'case new' },
  role: 'anyone',
  fields: { ...CASE_FIELDS, org: ORG_FIELD },
  positional: ['title'],
  schema: ({ today }) =>
    z.object({
      title: freeText(200),
      company: text(200),
      municipality: text(100),
      affected: integer(1, 1_000_000),
      kind: choice(CASE_KIND_WORDS),
      target: integer(1, 100).optional(),
      within: integer(1, 120).optional(),
      noticeDate: date(today).optional(),
      org: text(100).optional(),
    }),
  async handler(ctx, args) {
    await ctx.write(async (tx) => {
      const taken = await linkOfChannel(tx, ctx.event.platform, ctx.event.channel.id);
      if (taken?.status === 'pending') throw new UserError('error.channel_pending');
      if (taken) throw new UserError('case.channel_taken', { title: taken.case.title });
      const created = await tx.case.create({
        data: {
          title: await storedText(tx, ctx, args.title), company: args.company, municipality: args.municipality, affected: args.affected, kind: args.kind,
          targetPercent: args.target ?? null, targetMonths: args.within ?? null,
          noticeDate: args.noticeDate ? toIso(args.noticeDate) : null,
          timeZone: ctx.timeZone, locale: ctx.locale, createdAt: ctx.clock.now(),
        },
      });
      await linkChannel(tx, created.id, { platform: ctx.event.platform, channelId: ctx.event.channel.id, name: ctx.event.channel.name ?? null, address: ctx.event.channel.address ?? null }, { userId: ctx.user.id }, ctx.clock.now());
      const organisationId = args.org ? await organisationNamed(tx, created.id, args.org) : null;
      const member = await tx.member.create({ data: { caseId: created.id, userId: ctx.user.id, role: 'leader', organisationId, joinedAt: ctx.clock.now() } });
      await tx.case.update({ where: { id: created.id }, data: { projectLeaderId: member.id } });
      await audit(tx, { at: ctx.clock.now(), caseId: created.id, actorId: ctx.user.id, action: 'case.create', entity: 'Case', entityId: created.id, data: { ...args, leaderMemberId: member.id } });
      ctx.post(textMessage(ctx.t('case.created', { title: created.title })));
    });
  },
});
