// The draft → approved (justerade) flow: naming justerare, approving, correcting approved minutes.
import { z } from 'zod';
import { allApproved, MAX_APPROVERS } from '../../domain/minutes.js';
import type { Translate } from '../../i18n/index.js';
import { caseTranslator } from '../../services/case-texts.js';
import { audit } from '../../store/audit.js';
import type { Tx } from '../../store/client.js';
import { latestMinutes, type MinutesVersionRow } from '../../store/minutes.js';
import type { Case, Meeting, User } from '../../store/models.js';
import { plainText } from '../../text/plain.js';
import { MEETING_FIELD } from '../agenda/support.js';
import { freeText, meetingRef, mention } from '../args.js';
import { requireCase, UserError, type CommandContext } from '../context.js';
import { mentionedMember, storedText } from '../people.js';
import { defineCommand } from '../spec.js';
import { meetingByRef, minutesContent, MINUTES_ARGS } from './data.js';

function names(t: Translate, all: readonly string[]): string {
  return all.length > 1 ? plainText(t('minutes.names', { first: all.slice(0, -1).join(', '), last: all.at(-1)! })) : (all[0] ?? '');
}

/** Tells the group who approves, with the button a justerare presses. */
function postApprovers(ctx: CommandContext, c: Case, meeting: Meeting, key: 'minutes.approvers_set' | 'minutes.corrected', users: readonly User[], params: Record<string, string | number> = {}): void {
  const t = caseTranslator(c);
  const text = t(key, { number: meeting.number, names: names(t, users.map((u) => u.displayName)), ...params });
  ctx.post({ text, card: { title: t('minutes.title', { case: c.title }), sections: [{ text, buttons: [{ label: t('minutes.button.approve'), command: plainText(t('minutes.cmd.approve', { number: meeting.number }), ), style: 'primary' }] }] } });
}

async function newVersion(tx: Tx, meeting: Meeting, version: number, user: User, now: Date, correction: string | null): Promise<MinutesVersionRow> {
  const created = await tx.minutesVersion.create({ data: { meetingId: meeting.id, version, correction, createdById: user.id, createdAt: now } });
  return { ...created, approvers: [] };
}

export const minutesApprovers = defineCommand({
  id: 'minutes_approvers',
  words: { sv: 'protokoll justerare', en: 'minutes approvers' },
  aliases: ['minnesanteckningar justerare'],
  role: 'leader',
  fields: { meeting: MEETING_FIELD, first: { sv: 'justerare', en: 'approver' }, second: { sv: 'justerare2', en: 'approver2' } },
  positional: ['meeting', 'first', 'second'],
  schema: ({ today }) => z.object({ meeting: meetingRef(today), first: mention(), second: mention().optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const now = ctx.clock.now();
    await ctx.write(async (tx) => {
      const meeting = await meetingByRef(tx, ctx.t, c, args.meeting, now);
      const users: User[] = [];
      for (const m of [args.first, args.second].slice(0, MAX_APPROVERS)) if (m) users.push((await mentionedMember(tx, ctx, c.id, m)).user);
      if (users[1] && users[1].id === users[0]!.id) throw new UserError('minutes.approver_twice', { name: users[0]!.displayName });
      const latest = await latestMinutes(tx, meeting.id);
      if (latest?.approvedAt) throw new UserError('minutes.approvers_locked', { number: meeting.number, version: latest.version });
      // Naming them again starts the approval over: what someone approved was approved with others.
      const row = latest ?? (await newVersion(tx, meeting, 1, ctx.user, now, null));
      await tx.minutesApprover.deleteMany({ where: { minutesId: row.id } });
      for (const [position, user] of users.entries()) await tx.minutesApprover.create({ data: { minutesId: row.id, userId: user.id, position } });
      await audit(tx, { at: now, caseId: c.id, actorId: ctx.user.id, action: 'minutes.approvers', entity: 'MinutesVersion', entityId: row.id, data: { meeting: meeting.number, version: row.version, approvers: users.map((u) => u.id) } });
      postApprovers(ctx, c, meeting, 'minutes.approvers_set', users);
    });
  },
});

export const minutesApprove = defineCommand({
  id: 'minutes_approve',
  words: { sv: 'protokoll justera', en: 'minutes approve' },
  aliases: ['minnesanteckningar justera', 'justera'],
  role: 'observer',
  fields: MINUTES_ARGS.fields,
  positional: MINUTES_ARGS.positional,
  variadic: true,
  schema: ({ today }) => z.object({ meeting: meetingRef(today).optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const now = ctx.clock.now();
    await ctx.write(async (tx) => {
      const meeting = await meetingByRef(tx, ctx.t, c, args.meeting, now);
      const row = await latestMinutes(tx, meeting.id);
      if (!row?.approvers.length) throw new UserError('minutes.none_named', { number: meeting.number });
      const mine = row.approvers.find((a) => a.userId === ctx.user.id);
      if (!mine) throw new UserError('minutes.not_approver', { number: meeting.number, names: names(ctx.t, row.approvers.map((a) => a.user.displayName)) });
      if (mine.approvedAt) throw new UserError('minutes.already_approved', { number: meeting.number, version: row.version });
      await tx.minutesApprover.update({ where: { id: mine.id }, data: { approvedAt: now } });
      const approvers = row.approvers.map((a) => (a.id === mine.id ? { ...a, approvedAt: now } : a));
      const complete = allApproved(approvers);
      if (complete) {
        // Locked: what the minutes show now is kept, and later changes to the data do not reach it.
        const snapshot = JSON.stringify(await minutesContent(tx, c, meeting, now));
        await tx.minutesVersion.update({ where: { id: row.id }, data: { approvedAt: now, snapshot } });
      }
      await audit(tx, { at: now, caseId: c.id, actorId: ctx.user.id, action: complete ? 'minutes.approve_locked' : 'minutes.approve', entity: 'MinutesVersion', entityId: row.id, data: { meeting: meeting.number, version: row.version } });
      if (complete) {
        const t = caseTranslator(c);
        ctx.post({ text: t('minutes.approved_post', { number: meeting.number, version: row.version, names: names(t, approvers.map((a) => a.user.displayName)) }) });
      } else {
        ctx.reply({ text: ctx.t('minutes.approved_by_you', { number: meeting.number, names: names(ctx.t, approvers.filter((a) => !a.approvedAt).map((a) => a.user.displayName)) }) });
      }
    });
  },
});

export const minutesCorrect = defineCommand({
  id: 'minutes_correct',
  words: { sv: 'protokoll rätta', en: 'minutes correct' },
  aliases: ['minnesanteckningar rätta', 'protokoll ratta'],
  role: 'leader',
  fields: { meeting: MEETING_FIELD, text: { sv: 'text', en: 'text' } },
  positional: ['meeting', 'text'],
  variadic: true,
  schema: ({ today }) => z.object({ meeting: meetingRef(today), text: freeText(1000) }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const now = ctx.clock.now();
    await ctx.write(async (tx) => {
      const meeting = await meetingByRef(tx, ctx.t, c, args.meeting, now);
      const latest = await latestMinutes(tx, meeting.id);
      if (!latest?.approvedAt) throw new UserError('minutes.not_approved_yet', { number: meeting.number });
      const text = await storedText(tx, ctx, args.text);
      const row = await newVersion(tx, meeting, latest.version + 1, ctx.user, now, text);
      // The same justerare approve the correction.
      for (const a of latest.approvers) await tx.minutesApprover.create({ data: { minutesId: row.id, userId: a.userId, position: a.position } });
      await audit(tx, { at: now, caseId: c.id, actorId: ctx.user.id, action: 'minutes.correct', entity: 'MinutesVersion', entityId: row.id, data: { meeting: meeting.number, version: row.version, previous: latest.version, text } });
      postApprovers(ctx, c, meeting, 'minutes.corrected', latest.approvers.map((a) => a.user), { version: row.version, text });
    });
  },
});
