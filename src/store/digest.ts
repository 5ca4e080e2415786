// What the weekly digest reports, read for one case and one week.
import { shownTally } from '../domain/polls.js';
import type { Tx } from './client.js';
import { agendaOf, nextMeeting } from './follow-ups.js';
import { pollDetail } from './polls.js';

export interface OrganisationActivity {
  organisation: string | null;
  opened: number;
  closed: number;
  overdue: number;
}

export interface FiguresSummary {
  reportDate: string;
  source: string;
  base: string;
  n: number;
  /** New permanent or fixed-term job, own business or studies. */
  newOccupation: number;
}

export interface DigestData {
  actions: OrganisationActivity[];
  pollsOpened: { number: number; question: string; closesAt: Date | null }[];
  pollsClosed: { number: number; question: string; results: { label: string; votes: number }[] }[];
  meeting: { number: number; startsAt: Date; place: string | null; link: string | null; agenda: string[] } | null;
  figures: { latest: FiguresSummary; previous: FiguresSummary | null; isNew: boolean } | null;
}

const OPEN = ['open', 'in_progress'];

async function actionActivity(db: Tx, caseId: number, since: Date, until: Date, today: string): Promise<OrganisationActivity[]> {
  const actions = await db.action.findMany({
    where: { caseId, OR: [{ createdAt: { gt: since, lte: until } }, { closedAt: { gt: since, lte: until } }, { status: { in: OPEN }, dueDate: { lt: today } }] },
    include: { organisation: true, owner: { include: { organisation: true } } },
  });
  const byOrg = new Map<string | null, OrganisationActivity>();
  for (const a of actions) {
    const organisation = a.organisation?.name ?? a.owner?.organisation?.name ?? null;
    const row = byOrg.get(organisation) ?? { organisation, opened: 0, closed: 0, overdue: 0 };
    if (a.createdAt > since && a.createdAt <= until) row.opened++;
    if (a.closedAt && a.closedAt > since && a.closedAt <= until) row.closed++;
    if (OPEN.includes(a.status) && a.dueDate < today) row.overdue++;
    byOrg.set(organisation, row);
  }
  return [...byOrg.values()].sort((a, b) => (a.organisation ?? '\uffff').localeCompare(b.organisation ?? '\uffff', 'sv'));
}

function summary(r: { reportDate: string; source: string; base: string; n: number; permanent: number; fixedTerm: number; ownBusiness: number; studies: number }): FiguresSummary {
  return { reportDate: r.reportDate, source: r.source, base: r.base, n: r.n, newOccupation: r.permanent + r.fixedTerm + r.ownBusiness + r.studies };
}

async function figures(db: Tx, caseId: number, since: Date, until: Date): Promise<DigestData['figures']> {
  const [latest, previous] = await db.statusReport.findMany({ where: { caseId, createdAt: { lte: until } }, orderBy: [{ reportDate: 'desc' }, { id: 'desc' }], take: 2 });
  if (!latest) return null;
  return { latest: summary(latest), previous: previous ? summary(previous) : null, isNew: latest.createdAt > since };
}

export async function digestData(db: Tx, caseId: number, since: Date, until: Date, today: string): Promise<DigestData> {
  const [actions, opened, closed, meeting, figs] = await Promise.all([
    actionActivity(db, caseId, since, until, today),
    db.poll.findMany({ where: { caseId, createdAt: { gt: since, lte: until } }, orderBy: { number: 'asc' } }),
    db.poll.findMany({ where: { caseId, status: 'closed', closedAt: { gt: since, lte: until } }, include: pollDetail, orderBy: { number: 'asc' } }),
    nextMeeting(db, caseId, until),
    figures(db, caseId, since, until),
  ]);
  return {
    actions,
    pollsOpened: opened.map((p) => ({ number: p.number, question: p.question, closesAt: p.closesAt })),
    // The count every view of a poll shows (src/domain/polls.ts), not a query of its own.
    pollsClosed: closed.map((p) => ({ number: p.number, question: p.question, results: shownTally(p) ?? [] })),
    meeting: meeting && { number: meeting.number, startsAt: meeting.startsAt, place: meeting.place, link: meeting.link, agenda: await agendaOf(db, caseId, meeting.id) },
    figures: figs,
  };
}
