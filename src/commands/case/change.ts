import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { CASE_KIND_WORDS, type CaseKind } from '../../domain/cases.js';
import { formatNumber, type Locale, type Translate } from '../../i18n/index.js';
import { caseTargetText, personText } from '../../render/case-card.js';
import { audit } from '../../store/audit.js';
import { projectLeaderOf } from '../../store/members.js';
import type { Case } from '../../store/models.js';
import { joinRich, literal, type RichText } from '../../text/rich.js';
import { choice, freeText, integer, mention } from '../args.js';
import { requireCase, UserError } from '../context.js';
import { mentionedMember, storedText } from '../people.js';
import { defineCommand } from '../spec.js';
import { CASE_FIELDS } from './fields.js';

/** The columns `ärende ändra` may change, as the audit entry names them. */
interface Changeable {
  title: string;
  affected: number;
  kind: string;
  targetPercent: number | null;
  targetMonths: number | null;
  projectLeaderId: number | null;
}

type Changes = { [K in keyof Changeable]?: { from: Changeable[K]; to: Changeable[K] } };

/** One change as the group reads it ("N (berörda) från 200 till 211"); the target with its months. */
function changeText(t: Translate, locale: Locale, before: Case, after: Case, field: keyof Changeable, leaders: { from: RichText; to: RichText }): RichText | null {
  switch (field) {
    case 'projectLeaderId': return t('case.change.project_leader', leaders);
    case 'title': return t('case.change.title', { from: before.title, to: after.title });
    case 'affected': return t('case.change.affected', { from: formatNumber(locale, before.affected), to: formatNumber(locale, after.affected) });
    case 'kind': return t('case.change.kind', { from: t(`kind.${before.kind as CaseKind}`), to: t(`kind.${after.kind as CaseKind}`) });
    case 'targetPercent': return t('case.change.target', { from: caseTargetText(t, before), to: caseTargetText(t, after) });
    case 'targetMonths': return before.targetPercent !== after.targetPercent ? null : t('case.change.target', { from: caseTargetText(t, before), to: caseTargetText(t, after) });
  }
}

/**
 * A leader changes a case's title, N, target or kind. Only the fields given change, and only
 * those that differ are stored, audited (old and new values) and announced; N's changes are read
 * back from the audit log by `läge historik`.
 */
export const caseChange = defineCommand({
  id: 'case_change',
  words: { sv: 'ärende ändra', en: 'case change' },
  aliases: ['ärende andra', 'case edit'],
  role: 'leader',
  fields: { title: CASE_FIELDS.title, affected: CASE_FIELDS.affected, kind: CASE_FIELDS.kind, target: CASE_FIELDS.target, within: CASE_FIELDS.within, projectLeader: CASE_FIELDS.projectLeader },
  schema: () =>
    z.object({
      title: freeText(200).optional(),
      affected: integer(1, 1_000_000).optional(),
      kind: choice(CASE_KIND_WORDS).optional(),
      target: integer(1, 100).optional(),
      within: integer(1, 120).optional(),
      projectLeader: mention().optional(),
    }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    // Nothing given (the case card's Ändra button): say how to give it.
    if (Object.values(args).every((v) => v === undefined)) return ctx.reply(textMessage(ctx.t('case.change_how', { usage: ctx.t('cmd.case_change.usage'), example: ctx.t('cmd.case_change.example') })));
    if (args.within !== undefined && args.target === undefined && c.targetPercent == null) throw new UserError('case.change_within_without_target');
    await ctx.write(async (tx) => {
      const leader = args.projectLeader !== undefined ? (await mentionedMember(tx, ctx, c.id, args.projectLeader)) : null;
      // The project leader is one of the case's leaders: the others stay leaders, with the same rights.
      if (leader && leader.member.role !== 'leader') throw new UserError('case.project_leader_not_leader', { name: leader.user.displayName });
      const wanted: Partial<Changeable> = {
        ...(args.title !== undefined ? { title: await storedText(tx, ctx, args.title) } : {}),
        ...(args.affected !== undefined ? { affected: args.affected } : {}),
        ...(args.kind !== undefined ? { kind: args.kind } : {}),
        ...(args.target !== undefined ? { targetPercent: args.target } : {}),
        ...(args.within !== undefined ? { targetMonths: args.within } : {}),
        ...(leader ? { projectLeaderId: leader.member.id } : {}),
      };
      const changes: Changes = {};
      for (const [field, to] of Object.entries(wanted) as [keyof Changeable, never][]) {
        if (c[field] !== to) (changes as Record<string, unknown>)[field] = { from: c[field], to };
      }
      const fields = Object.keys(changes) as (keyof Changeable)[];
      if (!fields.length) throw new UserError('case.change_same');
      const data = Object.fromEntries(fields.map((f) => [f, changes[f]!.to]));
      const after = await tx.case.update({ where: { id: c.id }, data });
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'case.change', entity: 'Case', entityId: c.id, data: { changes } });
      const t = ctx.t;
      const leaders = { from: personText(t, await projectLeaderOf(tx, c)), to: personText(t, await projectLeaderOf(tx, after)) };
      const texts = fields.map((f) => changeText(t, ctx.locale, c, after, f, leaders)).filter((x): x is RichText => x !== null);
      ctx.post(textMessage(t('case.changed', { actor: ctx.user.displayName, title: literal(after.title), changes: joinRich(texts, '; ') })));
    });
  },
});
