// A user's personal overview: for each open case they are a member of, their open actions, the
// open polls (and whether they have voted), and the next planned meeting.
import { votedIn, voterFor } from '../domain/ballots.js';
import type { Tx } from './client.js';
import type { Action, Case, Meeting, Poll } from './models.js';
import { personOf } from './accounts.js';
import { findUser, type Identity } from './users.js';

/** At most this many actions and polls per case; the rest are counted. */
export const HOME_LIST_LIMIT = 10;

export interface HomeCase {
  case: Case;
  actions: Action[];
  actionCount: number;
  polls: { poll: Poll; voted: boolean }[];
  pollCount: number;
  nextMeeting: Meeting | null;
}

const OPEN_ACTION = ['open', 'in_progress'];

export async function homeOverview(db: Tx, ballotSecret: string, who: Identity, now: Date): Promise<HomeCase[]> {
  const account = await findUser(db, who);
  if (!account) return [];
  const user = await personOf(db, account);
  const memberships = await db.member.findMany({
    where: { userId: user.id, removedAt: null, case: { status: 'open' } },
    include: { case: true },
    orderBy: { caseId: 'asc' },
  });
  return Promise.all(memberships.map(async (m): Promise<HomeCase> => {
    const mine = { caseId: m.caseId, ownerId: m.id, status: { in: OPEN_ACTION } };
    const open = { caseId: m.caseId, status: 'open' };
    const [actions, actionCount, polls, pollCount, nextMeeting] = await Promise.all([
      db.action.findMany({ where: mine, orderBy: [{ dueDate: 'asc' }, { number: 'asc' }], take: HOME_LIST_LIMIT }),
      db.action.count({ where: mine }),
      db.poll.findMany({ where: open, orderBy: { number: 'asc' }, take: HOME_LIST_LIMIT, include: { ballots: { select: { voterKey: true } } } }),
      db.poll.count({ where: open }),
      db.meeting.findFirst({ where: { caseId: m.caseId, status: 'planned', startsAt: { gte: now } }, orderBy: { startsAt: 'asc' } }),
    ]);
    return {
      case: m.case, actions, actionCount, pollCount, nextMeeting,
      polls: polls.map(({ ballots, ...poll }) => {
        const voter = voterFor(poll.perOrganisation, m);
        return { poll, voted: voter !== null && votedIn(ballotSecret, { id: poll.id, ballots })(voter) };
      }),
    };
  }));
}
