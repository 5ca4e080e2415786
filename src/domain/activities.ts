// Activities the group runs (fairs, job clubs, information meetings, study visits): their kinds,
// who may change one, and which are upcoming. Rules without storage.
import type { MemberRole } from './roles.js';

export type ActivityKind = 'fair' | 'job_club' | 'information_meeting' | 'study_visit' | 'other';
export type ActivityStatus = 'planned' | 'held' | 'cancelled';

/** The words that name each kind: Swedish, English, then forms without diacritics. */
export const KIND_WORDS: Record<ActivityKind, readonly string[]> = {
  fair: ['mässa', 'fair', 'massa'],
  job_club: ['jobbklubb', 'job-club', 'jobclub'],
  information_meeting: ['informationsmöte', 'information-meeting', 'informationsmote'],
  study_visit: ['studiebesök', 'study-visit', 'studiebesok'],
  other: ['övrigt', 'other', 'ovrigt'],
};

export type ActivityFilter = 'upcoming' | 'all';
export const ACTIVITY_FILTER_WORDS: Record<ActivityFilter, readonly string[]> = { upcoming: ['kommande', 'upcoming'], all: ['alla', 'all'] };

/** How far ahead the digest looks for upcoming activities. */
export const DIGEST_DAYS_AHEAD = 14;

/** A leader, or the member who created it, changes an activity; observers change nothing. */
export function mayChangeActivity(actor: { role: MemberRole; memberId: number }, createdById: number): boolean {
  return actor.role === 'leader' || (actor.role === 'member' && actor.memberId === createdById);
}

export interface Outcome {
  participants: number | null;
  exhibitors: number | null;
  pupils: number | null;
}

export const OUTCOME_COUNTS = ['participants', 'exhibitors', 'pupils'] as const;
