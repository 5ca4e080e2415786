import { z } from 'zod';
import { OUTCOME_COUNTS } from '../../domain/activities.js';
import { compareDates, fromIso } from '../../time/local-date.js';
import { integer, shortNumber, text } from '../args.js';
import { UserError } from '../context.js';
import { defineCommand } from '../spec.js';
import { changeActivity } from './support.js';
import { ACTIVITY_FIELD, ACTIVITY_WORDS } from './words.js';

const count = () => integer(0, 1_000_000).optional();

export const activityResult = defineCommand({
  id: 'activity_result',
  words: ACTIVITY_WORDS.result,
  role: 'member',
  fields: {
    number: ACTIVITY_FIELD,
    participants: { sv: 'deltagare', en: 'participants' },
    exhibitors: { sv: 'utställare', en: 'exhibitors', aliases: ['utstallare'] },
    pupils: { sv: 'elever', en: 'pupils' },
    note: { sv: 'not', en: 'note' },
  },
  positional: ['number'],
  schema: () => z.object({ number: shortNumber(), participants: count(), exhibitors: count(), pupils: count(), note: text(500).optional() }),
  async handler(ctx, args) {
    const given = Object.fromEntries(OUTCOME_COUNTS.filter((k) => args[k] !== undefined).map((k) => [k, args[k]!]));
    if (!Object.keys(given).length && args.note === undefined) throw new UserError('activity.result_nothing', { nr: args.number });
    await changeActivity(ctx, args.number, async (tx, a) => {
      // An outcome is what happened: not before the day itself.
      if (compareDates(ctx.today, fromIso(a.date)) < 0) throw new UserError('activity.result_too_early', { nr: a.number, date: a.date });
      const data = { ...given, ...(args.note !== undefined ? { note: args.note } : {}) };
      // Counts left out keep what was recorded before: a later line can add the pupils.
      await tx.activity.update({ where: { id: a.id }, data: { ...data, status: 'held', heldAt: ctx.clock.now() } });
      return { audit: 'activity.result', data, message: ctx.t('activity.result_recorded', { name: ctx.user.displayName, nr: a.number }), post: true };
    });
  },
});
