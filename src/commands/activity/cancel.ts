import { z } from 'zod';
import { markScheduleChanged } from '../../store/next-occurrences.js';
import { shortNumber } from '../args.js';
import { UserError } from '../context.js';
import { defineCommand } from '../spec.js';
import { changeActivity } from './support.js';
import { ACTIVITY_FIELD, ACTIVITY_WORDS } from './words.js';

export const activityCancel = defineCommand({
  id: 'activity_cancel',
  words: ACTIVITY_WORDS.cancel,
  aliases: ['aktivitet stall in'],
  role: 'member',
  fields: { number: ACTIVITY_FIELD },
  positional: ['number'],
  schema: () => z.object({ number: shortNumber() }),
  async handler(ctx, args) {
    await changeActivity(ctx, args.number, async (tx, a) => {
      if (a.status === 'held') throw new UserError('activity.already_held', { nr: a.number });
      await tx.activity.update({ where: { id: a.id }, data: { status: 'cancelled', cancelledAt: ctx.clock.now() } });
      await markScheduleChanged(tx, a.caseId); // no DM the day before
      return { audit: 'activity.cancel', data: {}, message: ctx.t('activity.cancelled', { name: ctx.user.displayName, nr: a.number, title: a.title }), post: true };
    });
  },
});
