// Rows that other branches' commands will create (members with organisations, actions, polls,
// meetings, agenda items, status reports), inserted directly so the scheduler can be tested alone.
// Like those commands, a poll, a meeting or a report marks the case's schedule changed.
import { voterKey } from '../../src/domain/ballots.js';
import type { Db } from '../../src/store/client.js';
import { organisationNamed } from '../../src/store/cases.js';
import { markScheduleChanged } from '../../src/store/next-occurrences.js';
import type { Case, Member, User } from '../../src/store/models.js';

export type SeededMember = Member & { user: User };

/** When seeded rows say they were made: before every test's clock starts. */
const SEEDED_AT = new Date('2026-11-01T08:00:00Z');

export async function seedCase(db: Db, options: { title?: string; channels?: string[]; leader?: string; org?: string } = {}): Promise<{ case: Case; leader: SeededMember }> {
  const theCase = await db.case.create({
    data: { title: options.title ?? 'Konga Bruk konkurs', company: 'Konga Bruk AB', municipality: 'Tingsryd', kind: 'konkurs', affected: 211, createdAt: SEEDED_AT },
  });
  for (const channel of options.channels ?? ['samverkan']) await db.channelLink.create({ data: { caseId: theCase.id, platform: 'console', channelId: channel, name: channel, createdAt: theCase.createdAt } });
  const leader = await addMember(db, theCase.id, options.leader ?? 'anna', { role: 'leader', org: options.org ?? 'Kommunen' });
  return { case: theCase, leader };
}

export async function addMember(db: Db, caseId: number, name: string, options: { role?: string; org?: string; platform?: string } = {}): Promise<SeededMember> {
  const platform = options.platform ?? 'console';
  const user = await db.user.upsert({ where: { platform_tenant_externalId: { platform, tenant: '', externalId: name } }, create: { platform, externalId: name, displayName: name, createdAt: SEEDED_AT }, update: {} });
  const organisationId = options.org ? await organisationNamed(db, caseId, options.org) : null;
  return db.member.create({ data: { caseId, userId: user.id, role: options.role ?? 'member', organisationId, joinedAt: SEEDED_AT }, include: { user: true } });
}

let actionNumber = 0;

export async function addAction(db: Db, caseId: number, a: { text: string; owner: Member; due: string; status?: string; createdAt?: Date; closedAt?: Date; number?: number }) {
  return db.action.create({
    data: {
      caseId, number: a.number ?? ++actionNumber, text: a.text, ownerId: a.owner.id, organisationId: a.owner.organisationId, dueDate: a.due,
      status: a.status ?? 'open', createdById: a.owner.id, createdAt: a.createdAt ?? new Date('2026-11-02T09:00:00Z'), closedAt: a.closedAt ?? null,
    },
  });
}

/** An open poll; `votes` are open ballots under the keys of `ballotSecret` (the test bot's). */
export async function addPoll(db: Db, caseId: number, p: { number: number; question: string; options: string[]; closesAt?: Date; by: Member; createdAt?: Date; votes?: [Member, number][]; ballotSecret?: string }) {
  const poll = await db.poll.create({
    data: { caseId, number: p.number, question: p.question, closesAt: p.closesAt ?? null, createdById: p.by.id, createdAt: p.createdAt ?? new Date('2026-11-02T09:00:00Z'), options: { create: p.options.map((label, i) => ({ position: i + 1, label })) } },
    include: { options: true },
  });
  for (const [member, option] of p.votes ?? []) {
    if (!p.ballotSecret) throw new Error('votes need the ballot secret of the bot that reads them');
    await db.ballot.create({ data: { pollId: poll.id, optionId: poll.options[option]!.id, voterKey: voterKey(p.ballotSecret, poll.id, { kind: 'member', id: member.id }), memberId: member.id } });
  }
  await markScheduleChanged(db, caseId);
  return poll;
}

export async function addMeeting(db: Db, caseId: number, m: { number: number; startsAt: Date; place?: string; agenda?: string[]; by: Member }) {
  const meeting = await db.meeting.create({ data: { caseId, number: m.number, startsAt: m.startsAt, place: m.place ?? null, createdAt: SEEDED_AT } });
  const base = await db.agendaItem.count({ where: { caseId } });
  for (const [i, text] of (m.agenda ?? []).entries()) {
    await db.agendaItem.create({ data: { caseId, number: base + i + 1, meetingId: meeting.id, position: i + 1, text, proposedById: m.by.id, createdAt: SEEDED_AT } });
  }
  await markScheduleChanged(db, caseId);
  return meeting;
}

export async function addReport(db: Db, caseId: number, r: { date: string; by: Member; source?: string; n?: number; permanent?: number; fixedTerm?: number; ownBusiness?: number; studies?: number; createdAt?: Date }) {
  const n = r.n ?? 211;
  const counted = { permanent: r.permanent ?? 0, fixedTerm: r.fixedTerm ?? 0, ownBusiness: r.ownBusiness ?? 0, studies: r.studies ?? 0 };
  const seeking = n - Object.values(counted).reduce((a, b) => a + b, 0);
  await markScheduleChanged(db, caseId);
  return db.statusReport.create({
    data: {
      caseId, reportDate: r.date, source: r.source ?? 'TRR', n, ...counted, pension: 0, programme: 0, seeking, sick: 0, declined: 0, other: 0,
      organisationId: r.by.organisationId, reportedById: r.by.id, createdAt: r.createdAt ?? new Date(`${r.date}T12:00:00Z`),
    },
  });
}

/** A case with leader anna (Kommunen), erik (TRR) and lena (Arbetsförmedlingen). */
export async function seedGroup(db: Db, options: { channels?: string[] } = {}) {
  const { case: theCase, leader: anna } = await seedCase(db, options);
  const erik = await addMember(db, theCase.id, 'erik', { org: 'TRR' });
  const lena = await addMember(db, theCase.id, 'lena', { org: 'Arbetsförmedlingen' });
  return { caseId: theCase.id, anna, erik, lena };
}
