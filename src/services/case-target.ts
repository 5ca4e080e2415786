// A case's target as the figures rules read it; `läge` and the public page use the same one.
import type { Target } from '../domain/figures.js';
import type { Case } from '../store/models.js';
import { fromIso } from '../time/local-date.js';
import { todayIn } from '../time/zone.js';

/** Months of the target count from the notice date, or from the day the case was created. */
export function caseTarget(c: Case): Target | null {
  if (c.targetPercent == null) return null;
  const start = c.noticeDate ? fromIso(c.noticeDate) : todayIn(c.createdAt, c.timeZone);
  return { percent: c.targetPercent, start, fromNotice: c.noticeDate != null, ...(c.targetMonths != null ? { months: c.targetMonths } : {}) };
}
