// The weekly digest to every channel of the case, on the digest day at the digest time.
import { isoWeek, weekday } from '../../time/local-date.js';
import { composeDigest, composeDigests } from '../../services/digest.js';
import type { JobDefinition } from '../job.js';
import { nextDailyAt, sameLocalDay } from '../occurrences.js';

export const digestJob: JobDefinition = {
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
  async prepare(db, cases, at) {
    const messages = await composeDigests(db, cases, at);
    return new Map([...messages].map(([caseId, message]) => [caseId, [{ kind: 'post', message }]]));
  },
  async run({ tx, case: theCase, settings, occurrence, prepared }) {
    return prepared ?? [{ kind: 'post', message: await composeDigest(tx, theCase, settings, occurrence.at) }];
  },
};
