// What the weekly digest reports, read for one week of one or several cases.
import { shownTally } from '../domain/polls.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from './client.js';

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

/** An open action past its due date, with whom to ask about it. */
export interface OverdueAction {
  number: number;
  text: string;
  dueDate: string;
  owner: string | null;
  organisation: string | null;
}

export interface DigestData {
  actions: OrganisationActivity[];
  overdue: OverdueAction[];
  /** Decisions taken in the week, except a poll's (the polls show their results). */
  decisions: { text: string }[];
  pollsOpened: { number: number; question: string; closesAt: Date | null }[];
  /** Open polls from earlier weeks that close within the week after the digest. */
  pollsClosing: { number: number; question: string; closesAt: Date }[];
  pollsClosed: { number: number; question: string; results: { label: string; votes: number }[] }[];
  meeting: { number: number; startsAt: Date; place: string | null; link: string | null; agenda: string[] } | null;
  figures: { latest: FiguresSummary; previous: FiguresSummary | null; isNew: boolean } | null;
}

/** One week of the digest: (since, until], and the local day at its end (for overdue actions). */
export interface DigestWeek {
  since: Date;
  until: Date;
  today: string;
  /** The end of the week after it: polls closing until then are "closing soon". */
  ahead: Date;
}

type Count = number | bigint;

/**
 * Actions opened, closed and overdue per case and organisation (the action's own, else its
 * owner's): one aggregate query, however many actions the cases have.
 */
async function actionActivity(db: Tx, caseIds: readonly number[], { since, until, today }: DigestWeek): Promise<Map<number, OrganisationActivity[]>> {
  const rows = await db.$queryRaw<{ caseId: number; organisation: string | null; opened: Count; closed: Count; overdue: Count }[]>`
    SELECT a."caseId" AS "caseId", COALESCE(o."name", oo."name") AS "organisation",
      SUM(CASE WHEN a."createdAt" > ${since} AND a."createdAt" <= ${until} THEN 1 ELSE 0 END) AS "opened",
      SUM(CASE WHEN a."closedAt" > ${since} AND a."closedAt" <= ${until} THEN 1 ELSE 0 END) AS "closed",
      SUM(CASE WHEN a."status" IN ('open', 'in_progress') AND a."dueDate" < ${today} THEN 1 ELSE 0 END) AS "overdue"
    FROM "Action" a
    LEFT JOIN "Organisation" o ON o."id" = a."organisationId"
    LEFT JOIN "Member" m ON m."id" = a."ownerId"
    LEFT JOIN "Organisation" oo ON oo."id" = m."organisationId"
    WHERE a."caseId" IN (${Prisma.join(caseIds)}) AND ((a."createdAt" > ${since} AND a."createdAt" <= ${until})
      OR (a."closedAt" > ${since} AND a."closedAt" <= ${until}) OR (a."status" IN ('open', 'in_progress') AND a."dueDate" < ${today}))
    GROUP BY a."caseId", COALESCE(o."name", oo."name")`;
  const byCase = new Map<number, OrganisationActivity[]>();
  for (const r of rows) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), { organisation: r.organisation, opened: Number(r.opened), closed: Number(r.closed), overdue: Number(r.overdue) }]);
  for (const list of byCase.values()) list.sort((a, b) => (a.organisation ?? '\uffff').localeCompare(b.organisation ?? '\uffff', 'sv'));
  return byCase;
}

// A category left out of a report (null) adds nothing.
function summary(r: { reportDate: string; source: string; base: string; n: number; permanent: number | null; fixedTerm: number | null; ownBusiness: number | null; studies: number | null }): FiguresSummary {
  return { reportDate: r.reportDate, source: r.source, base: r.base, n: r.n, newOccupation: (r.permanent ?? 0) + (r.fixedTerm ?? 0) + (r.ownBusiness ?? 0) + (r.studies ?? 0) };
}

/**
 * The latest report of each case and the one before it from the same source (sources count
 * differently), as known at the end of the week: the same pair as `läge` (domain/figures.ts).
 */
async function figures(db: Tx, caseIds: readonly number[], { since, until }: DigestWeek): Promise<Map<number, NonNullable<DigestData['figures']>>> {
  const rows = await db.$queryRaw<(Parameters<typeof summary>[0] & { caseId: number; createdAt: Date })[]>`
    SELECT * FROM (
      SELECT r."caseId", r."reportDate", r."source", r."base", r."n", r."permanent", r."fixedTerm", r."ownBusiness", r."studies", r."createdAt",
        ROW_NUMBER() OVER (PARTITION BY r."caseId", r."source" ORDER BY r."reportDate" DESC, r."id" DESC) AS "rank", r."id"
      FROM "StatusReport" r WHERE r."caseId" IN (${Prisma.join(caseIds)}) AND r."createdAt" <= ${until}
    ) AS "latest" WHERE "rank" <= 2 ORDER BY "caseId", "reportDate" DESC, "id" DESC`;
  const byCase = new Map<number, NonNullable<DigestData['figures']>>();
  for (const r of rows) {
    const latest = byCase.get(r.caseId);
    if (!latest) byCase.set(r.caseId, { latest: summary(r), previous: null, isNew: r.createdAt > since });
    else if (!latest.previous && r.source === latest.latest.source) latest.previous = summary(r);
  }
  return byCase;
}

/** Each case's first planned meeting after the week, with its agenda: its open items and those not yet placed. */
async function nextMeetings(db: Tx, caseIds: readonly number[], { until }: DigestWeek): Promise<Map<number, NonNullable<DigestData['meeting']>>> {
  const meetings = await db.$queryRaw<{ id: number; caseId: number; number: number; startsAt: Date; place: string | null; link: string | null }[]>`
    SELECT * FROM (
      SELECT m."id", m."caseId", m."number", m."startsAt", m."place", m."link",
        ROW_NUMBER() OVER (PARTITION BY m."caseId" ORDER BY m."startsAt", m."id") AS "rank"
      FROM "Meeting" m WHERE m."caseId" IN (${Prisma.join(caseIds)}) AND m."status" = 'planned' AND m."startsAt" > ${until}
    ) AS "next" WHERE "rank" = 1`;
  if (!meetings.length) return new Map();
  const items = await db.agendaItem.findMany({
    where: { caseId: { in: meetings.map((m) => m.caseId) }, status: 'open', OR: [{ meetingId: { in: meetings.map((m) => m.id) } }, { meetingId: null }] },
    orderBy: [{ position: 'asc' }, { number: 'asc' }],
    select: { caseId: true, meetingId: true, text: true },
  });
  return new Map(meetings.map((m) => [m.caseId, {
    number: m.number, startsAt: m.startsAt, place: m.place, link: m.link,
    agenda: items.filter((i) => i.caseId === m.caseId && (i.meetingId === null || i.meetingId === m.id)).map((i) => i.text),
  }]));
}

/** Each case's open actions past their due date, oldest first, with owner and organisation. */
async function overdueActions(db: Tx, caseIds: readonly number[], { today }: DigestWeek): Promise<Map<number, OverdueAction[]>> {
  // One statement: the relations through Prisma would cost one query each.
  const rows = await db.$queryRaw<(OverdueAction & { caseId: number })[]>`
    SELECT a."caseId" AS "caseId", a."number" AS "number", a."text" AS "text", a."dueDate" AS "dueDate",
      u."displayName" AS "owner", COALESCE(o."name", oo."name") AS "organisation"
    FROM "Action" a
    LEFT JOIN "Organisation" o ON o."id" = a."organisationId"
    LEFT JOIN "Member" m ON m."id" = a."ownerId"
    LEFT JOIN "User" u ON u."id" = m."userId"
    LEFT JOIN "Organisation" oo ON oo."id" = m."organisationId"
    WHERE a."caseId" IN (${Prisma.join(caseIds)}) AND a."status" IN ('open', 'in_progress') AND a."dueDate" < ${today}
    ORDER BY a."caseId", a."dueDate", a."number"`;
  const byCase = new Map<number, OverdueAction[]>();
  for (const { caseId, ...one } of rows) byCase.set(caseId, [...(byCase.get(caseId) ?? []), { ...one, number: Number(one.number) }]);
  return byCase;
}

/**
 * The week of several cases, read together in eight statements however many cases and however
 * large they are (the scheduler reads the Monday digests of many cases at once).
 */
export async function digestDataOf(db: Tx, caseIds: readonly number[], week: DigestWeek): Promise<Map<number, DigestData>> {
  if (!caseIds.length) return new Map();
  const inWeek = { gt: week.since, lte: week.until };
  const within = (at: Date | null) => at !== null && at > week.since && at <= week.until;
  const [actions, overdue, decisions, polls, meetings, figs] = await Promise.all([
    actionActivity(db, caseIds, week),
    overdueActions(db, caseIds, week),
    db.decision.findMany({ where: { caseId: { in: [...caseIds] }, createdAt: inWeek, pollId: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { caseId: true, text: true } }),
    db.poll.findMany({
      where: { caseId: { in: [...caseIds] }, OR: [{ createdAt: inWeek }, { status: 'closed', closedAt: inWeek }, { status: 'open', closesAt: { gt: week.until, lte: week.ahead } }] },
      include: { options: true },
      orderBy: { number: 'asc' },
    }),
    nextMeetings(db, caseIds, week),
    figures(db, caseIds, week),
  ]);
  return new Map(caseIds.map((caseId) => {
    const own = polls.filter((p) => p.caseId === caseId);
    return [caseId, {
      actions: actions.get(caseId) ?? [],
      overdue: overdue.get(caseId) ?? [],
      decisions: decisions.filter((d) => d.caseId === caseId).map((d) => ({ text: d.text })),
      pollsClosing: own.flatMap((p) => (p.status === 'open' && !within(p.createdAt) && p.closesAt && p.closesAt > week.until && p.closesAt <= week.ahead ? [{ number: p.number, question: p.question, closesAt: p.closesAt }] : [])),
      pollsOpened: own.filter((p) => within(p.createdAt)).map((p) => ({ number: p.number, question: p.question, closesAt: p.closesAt })),
      // The count every view of a poll shows (src/domain/polls.ts): a closed poll's is on its options.
      pollsClosed: own.filter((p) => p.status === 'closed' && within(p.closedAt)).map((p) => ({ number: p.number, question: p.question, results: shownTally({ ...p, ballots: [] }) ?? [] })),
      meeting: meetings.get(caseId) ?? null,
      figures: figs.get(caseId) ?? null,
    }];
  }));
}

/**
 * Records whether this week's digest is quiet and answers whether to post it: "nothing new" is
 * posted once, and further quiet weeks post nothing until something happens.
 */
export async function recordDigest(tx: Tx, caseId: number, quiet: boolean): Promise<boolean> {
  const { count } = await tx.case.updateMany({ where: { id: caseId, digestQuiet: !quiet }, data: { digestQuiet: quiet } });
  return count > 0 || !quiet;
}
