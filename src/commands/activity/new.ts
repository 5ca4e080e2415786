import { z } from 'zod';
import { KIND_WORDS } from '../../domain/activities.js';
import { choice, flag, text, time, upcomingDate } from '../args.js';
import { defineCommand } from '../spec.js';
import { createActivity } from './support.js';
import { ACTIVITY_WORDS } from './words.js';

/** The fields of a new activity that `omröstning aktivitet` shares. */
export const WHEN_WHERE_FIELDS = {
  date: { sv: 'datum', en: 'date' },
  time: { sv: 'tid', en: 'time' },
  place: { sv: 'plats', en: 'place' },
  kind: { sv: 'typ', en: 'type' },
  public: { sv: 'publik', en: 'public' },
} as const;

export const whenWhereSchema = (today: Parameters<typeof upcomingDate>[0]) => ({
  date: upcomingDate(today),
  time: time().optional(),
  place: text(200).optional(),
  kind: choice(KIND_WORDS).optional(),
  public: flag(),
});

export const activityNew = defineCommand({
  id: 'activity_new',
  words: ACTIVITY_WORDS.new,
  role: 'member',
  fields: { title: { sv: 'titel', en: 'title' }, ...WHEN_WHERE_FIELDS },
  positional: ['title'],
  variadic: true,
  flags: ['public'],
  // The title reaches the public page: mentions in it become plain names.
  schema: ({ today }) => z.object({ title: text(200), ...whenWhereSchema(today) }),
  async handler(ctx, args) {
    await ctx.write(async (tx) => {
      await createActivity(ctx, tx, { ...args, kind: args.kind ?? 'other' }, (number) => ctx.t('activity.created', { name: ctx.user.displayName, nr: number }));
    });
  },
});
