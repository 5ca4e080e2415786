import { z } from 'zod';
import { ACTIVITY_FILTER_WORDS, type ActivityFilter } from '../../domain/activities.js';
import { activityLine } from '../../render/activity-card.js';
import { cardMessage } from '../../render/card-text.js';
import { findActivities } from '../../store/activities.js';
import { joinRich } from '../../text/rich.js';
import { toIso } from '../../time/local-date.js';
import { choice } from '../args.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { ACTIVITY_WORDS } from './words.js';

export const activityList = defineCommand({
  id: 'activity_list',
  words: ACTIVITY_WORDS.list,
  aliases: ['aktiviteter', 'activities'],
  role: 'observer',
  standIn: true,
  readOnly: true,
  fields: { filter: { sv: 'urval', en: 'filter' } },
  positional: ['filter'],
  schema: () => z.object({ filter: choice(ACTIVITY_FILTER_WORDS).optional() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const filter: ActivityFilter = args.filter ?? 'upcoming';
    const activities = await findActivities(ctx.db, c.id, filter === 'upcoming' ? { status: 'planned', date: { gte: toIso(ctx.today) } } : {});
    const lines = activities.map((a) => activityLine(ctx.t, ctx.locale, a));
    const title = ctx.t('activity.list.title', { list: ctx.t(`activity.list.${filter}`), count: activities.length });
    ctx.reply(cardMessage({ title, sections: [{ text: lines.length ? joinRich(lines, '\n') : ctx.t(`activity.list.empty_${filter}`) }] }));
  },
});
