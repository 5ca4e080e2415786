import { z } from 'zod';
import { MAX_OPTIONS, MIN_OPTIONS } from '../../domain/polls.js';
import { skippedTime, whenText } from '../../render/when.js';
import type { Params } from '../../i18n/index.js';
import { joinRich } from '../../text/rich.js';
import { audit } from '../../store/audit.js';
import { nextNumber } from '../../store/numbers.js';
import { pollById } from '../../store/polls.js';
import { markScheduleChanged } from '../../store/next-occurrences.js';
import { zonedToUtc } from '../../time/zone.js';
import { choice, dateTime, flag, freeText, optionList, time, type DayAndTime, type TimeOfDay } from '../args.js';
import { caseTranslator } from '../../services/case-texts.js';
import { requireCase, requireMember, UserError } from '../context.js';
import { plainText } from '../../text/plain.js';
import { storedText } from '../people.js';
import { defineCommand } from '../spec.js';
import { pollCardFor, pollRef } from '../../services/poll-card.js';

/** A closing day without a time closes at the end of that day. */
const END_OF_DAY: TimeOfDay = { hour: 23, minute: 59 };

/** The closing instant, and what to say when the clocks skip its time that day (summer time begins). */
function closingInstant(closes: DayAndTime, time: TimeOfDay | undefined, timeZone: string): { at: Date; skipped: Params | null } {
  const local = { ...closes.date, ...(closes.time ?? time ?? END_OF_DAY) };
  const at = zonedToUtc(local, timeZone);
  return { at, skipped: skippedTime(local, at, timeZone) };
}

export const pollNew = defineCommand({
  id: 'poll_new',
  words: { sv: 'omröstning ny', en: 'poll new' },
  aliases: ['omrostning ny'],
  role: 'member',
  fields: {
    question: { sv: 'fråga', en: 'question' },
    options: { sv: 'alternativ', en: 'options' },
    closes: { sv: 'stänger', en: 'closes', aliases: ['stanger'] },
    time: { sv: 'tid', en: 'time' },
    anonymous: { sv: 'anonym', en: 'anonymous' },
    hidden: { sv: 'dold', en: 'hidden' },
    per: { sv: 'per', en: 'per' },
  },
  positional: ['question', 'time'],
  flags: ['anonymous', 'hidden'],
  schema: ({ today }) =>
    z.object({
      question: freeText(300),
      options: optionList(MIN_OPTIONS, MAX_OPTIONS).optional(),
      closes: dateTime(today).optional(),
      time: time().optional(),
      anonymous: flag(),
      hidden: flag(),
      per: choice({ member: ['medlem', 'member'], organisation: ['organisation', 'organization', 'org'] }).optional(),
    }).superRefine((args, ctx) => {
      if (args.time && !args.closes) ctx.addIssue({ code: 'custom', path: ['time'], message: 'arg.time_without_date', params: {} });
      if (args.time && args.closes?.time) ctx.addIssue({ code: 'custom', path: ['time'], message: 'arg.time_twice', params: {} });
    }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const member = requireMember(ctx);
    const t = caseTranslator(c);
    const now = ctx.clock.now();
    const closing = args.closes ? closingInstant(args.closes, args.time, c.timeZone) : null;
    const closesAt = closing?.at ?? null;
    if (closesAt && closesAt <= now) throw new UserError('poll.closes_past', { when: whenText(ctx.t, closesAt, c.timeZone) });
    const labels = args.options ?? plainText(t('poll.default_options')).split('|');
    await ctx.write(async (tx) => {
      const number = await nextNumber(tx, 'Poll', c.id);
      const question = await storedText(tx, ctx, args.question);
      const poll = await tx.poll.create({
        data: {
          caseId: c.id, number, question, closesAt, anonymous: args.anonymous, hidden: args.hidden,
          perOrganisation: args.per === 'organisation', createdById: member.id, createdAt: now,
          options: { create: labels.map((label, i) => ({ position: i + 1, label })) },
        },
      });
      // Its deadline brings a reminder and the closing.
      if (closesAt) await markScheduleChanged(tx, c.id);
      await audit(tx, {
        at: ctx.clock.now(),
        caseId: c.id, actorId: ctx.user.id, action: 'poll.create', entity: 'Poll', entityId: poll.id,
        data: { number, question, options: labels, closesAt, anonymous: args.anonymous, hidden: args.hidden, perOrganisation: poll.perOrganisation },
      });
      ctx.post(await pollCardFor(tx, ctx.ballotSecret, c, await pollById(tx, poll.id), joinRich([t('poll.created', { name: ctx.user.displayName, number }), ...(closing?.skipped ? [t('poll.skipped_time', closing.skipped)] : [])], ' ')), pollRef(poll));
    });
  },
});
