// The weekly digest to every channel of the case, on the digest day at the digest time; after
// one "nothing new", quiet weeks post nothing until something happens.
import { isoWeek, weekday } from '../../time/local-date.js';
import { composeDigest, composeDigests, type ComposedDigest } from '../../services/digest.js';
import { recordDigest } from '../../store/digest.js';
import type { JobDefinition } from '../job.js';
import { nextDailyAt, sameLocalDay } from '../occurrences.js';

export const digestJob: JobDefinition<ComposedDigest> = {
  name: 'digest',
  schedule: 'weekly, Monday 08:00 local time',
  settings: ['digestDay', 'digestTime', 'timeZone'],
  produces: 'post',
  async next(_db, { settings }, after) {
    const next = nextDailyAt(settings.digestTime, settings.timeZone, after, (day) => weekday(day) === settings.digestDay);
    // One digest a week, even when the digest day is changed after this week's went out.
    return next ? [{ period: isoWeek(next.day), at: next.at }] : [];
  },
  stillRelevant: (occurrence, now, { settings }) => sameLocalDay(occurrence.at, now, settings.timeZone),
  prepare: composeDigests,
  async run({ tx, case: theCase, settings, occurrence, prepared }) {
    const digest = prepared ?? (await composeDigest(tx, theCase, settings, occurrence.at));
    // A quiet case hears "nothing new" once, not every week.
    return (await recordDigest(tx, theCase.id, digest.quiet)) ? [{ kind: 'post', message: digest.message }] : [];
  },
};
