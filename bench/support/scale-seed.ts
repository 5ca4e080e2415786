// Many cases, a year into their work, written straight into a migrated SQLite file with prepared
// statements in one transaction (through Prisma this would take minutes). Each case has a Slack
// channel, four organisations, eight members, actions, polls with every member's ballot, weekly
// status reports and a planned meeting with its agenda. Dates lie around Monday 2026-11-30, so
// that in the week before it actions were opened and closed, a poll closed, a poll opened and a
// report came in, and so that nothing else falls due around its 08:00 (no reminders, no poll
// closing, no agenda DM): the Monday tick is the digests alone.
import Database from 'better-sqlite3';
import { voterKey } from '../../src/domain/ballots.js';
import { sqliteFilePath } from '../../src/store/sqlite-url.js';
import type { FakeUser } from '../../test/support/fake-slack.js';
import type { Channel } from '../../test/support/slack-payloads.js';

export interface ScaleShape {
  cases: number;
  members: number;
  actions: number;
  polls: number;
  /** Weekly, the last one the Monday before. */
  reports: number;
}

export const ISSUE_SHAPE: ScaleShape = { cases: 500, members: 8, actions: 200, polls: 20, reports: 52 };
/** 08:00 in Stockholm. */
export const MONDAY = new Date('2026-11-30T07:00:00Z');
const DAY = 86_400_000;
const OPEN_POLLS = 5;
const ORGANISATIONS = [['Kommunen', 'kommun'], ['TRR', 'trr'], ['Arbetsförmedlingen', 'af'], ['IF Metall', 'fack']] as const;

/** DateTime columns as the Prisma SQLite adapter writes them. */
const instant = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(4, '0');

/** Case `c` (1-based) lives in this channel; its members are these Slack users, the leader first. */
export const caseChannel = (c: number): Channel => ({ id: `C${pad(c)}`, name: `samverkan-${c}` });
export const caseUsers = (c: number, shape: ScaleShape): FakeUser[] =>
  Array.from({ length: shape.members }, (_, m) => ({ id: `U${pad(c)}M${m}`, name: `m${m}-${c}`, realName: `Medlem ${m + 1} i ärende ${c}`, locale: 'sv-SE' }));

type Row = Record<string, string | number | null>;

export function seedScale(url: string, shape: ScaleShape, ballotSecret: string): number {
  const db = new Database(sqliteFilePath(url));
  const statements = new Map<string, Database.Statement>();
  let rows = 0;
  const insert = (table: string, row: Row) => {
    const columns = Object.keys(row);
    const key = `${table}(${columns.join()})`;
    if (!statements.has(key)) statements.set(key, db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`));
    statements.get(key)!.run(...Object.values(row));
    rows++;
  };
  const start = MONDAY.getTime() - 364 * DAY;
  db.transaction(() => {
    for (let c = 1; c <= shape.cases; c++) seedCase(c);
  })();
  db.close();
  return rows;

  function seedCase(c: number): void {
    const created = instant(start - 7 * DAY);
    insert('Case', { id: c, title: `Varsel ${c}`, company: `Företag ${c} AB`, municipality: 'Tingsryd', kind: 'varsel', affected: 211, targetPercent: 70, targetMonths: 8, noticeDate: day(start), status: 'open', createdAt: created });
    insert('ChannelLink', { caseId: c, platform: 'slack', channelId: caseChannel(c).id, name: caseChannel(c).name, createdAt: created });
    const orgIds = ORGANISATIONS.map(([name, kind], k) => {
      const id = (c - 1) * ORGANISATIONS.length + k + 1;
      insert('Organisation', { id, caseId: c, name, kind });
      return id;
    });
    const members = caseUsers(c, shape).map((u, m) => {
      const id = (c - 1) * shape.members + m + 1;
      const organisationId = orgIds[m % orgIds.length]!;
      insert('User', { id, platform: 'slack', externalId: u.id, displayName: u.realName, createdAt: created });
      insert('Member', { id, caseId: c, userId: id, organisationId, role: m === 0 ? 'leader' : m === shape.members - 1 ? 'observer' : 'member', joinedAt: created });
      return { id, organisationId };
    });
    const leader = members[0]!;
    for (let n = 1; n <= shape.actions; n++) {
      const at = start + Math.floor((n * 363 * DAY) / shape.actions);
      const owner = members[1 + (n % (shape.members - 2))]!;
      const status = ['open', 'in_progress', 'done', 'done'][n % 4]!;
      insert('Action', {
        caseId: c, number: n, text: `Åtgärd ${n} i ärende ${c}`, ownerId: owner.id, organisationId: owner.organisationId, dueDate: day(at + 21 * DAY), status,
        createdById: leader.id, createdAt: instant(at), closedAt: status === 'done' ? instant(Math.min(at + 10 * DAY, MONDAY.getTime() - DAY)) : null,
      });
    }
    for (let k = 1; k <= shape.polls; k++) seedPoll(c, k, members, leader.id);
    for (let w = 0; w < shape.reports; w++) {
      const at = MONDAY.getTime() - (shape.reports - w) * 7 * DAY;
      const permanent = 20 + w;
      insert('StatusReport', {
        caseId: c, reportDate: day(at), source: 'TRR', base: 'varslade', n: 211, permanent, fixedTerm: 10, ownBusiness: 3, studies: 8, pension: 2, programme: 5,
        seeking: 211 - permanent - 58, sick: 3, declined: 2, other: 25, organisationId: orgIds[1]!, reportedById: members[1]!.id, createdAt: instant(at + 12 * 3_600_000),
      });
    }
    insert('Meeting', { id: c, caseId: c, number: 1, startsAt: instant(MONDAY.getTime() + 3 * DAY + 5 * 3_600_000), place: 'Kommunhuset', status: 'planned', createdAt: created });
    for (let i = 1; i <= 3; i++) insert('AgendaItem', { caseId: c, number: i, meetingId: c, position: i, text: `Punkt ${i}`, status: 'open', proposedById: leader.id, createdAt: created });
  }

  /** The last OPEN_POLLS are open (the newest opened in the week before Monday); the others closed, the last of them in that week. */
  function seedPoll(c: number, k: number, members: { id: number }[], by: number): void {
    const id = (c - 1) * shape.polls + k;
    const open = k > shape.polls - OPEN_POLLS;
    const closesAt = open ? MONDAY.getTime() + (45 + k) * DAY : MONDAY.getTime() - 5 * DAY - (shape.polls - OPEN_POLLS - k) * 21 * DAY;
    const createdAt = open ? MONDAY.getTime() - (shape.polls - k + 1) * 6 * DAY : closesAt - 14 * DAY;
    insert('Poll', { id, caseId: c, number: k, question: `Fråga ${k}?`, closesAt: instant(closesAt), status: open ? 'open' : 'closed', createdById: by, createdAt: instant(createdAt), closedAt: open ? null : instant(closesAt) });
    // Every third member votes Nej; a closed poll keeps its count on its options, as closing leaves it.
    const choice = (m: number) => (m % 3 === 2 ? 1 : 0);
    for (const [i, label] of ['Ja', 'Nej'].entries()) {
      insert('PollOption', { id: id * 2 - 1 + i, pollId: id, position: i + 1, label, votes: open ? 0 : members.filter((_, m) => choice(m) === i).length });
    }
    for (const [m, member] of members.entries()) {
      insert('Ballot', { pollId: id, optionId: id * 2 - 1 + choice(m), voterKey: voterKey(ballotSecret, id, { kind: 'member', id: member.id }), memberId: member.id });
    }
  }
}
