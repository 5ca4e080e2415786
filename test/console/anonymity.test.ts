// "Anonymous means anonymous": after an anonymous poll, nothing stored and nothing logged links a
// voter to a choice. The test reads the database the way anyone holding the file could (every
// table, every column) and the log lines, and looks for any row or line that names both.
import { createHash, createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deliverable, Reply } from '../../src/core/event.js';
import { voterKey } from '../../src/domain/ballots.js';
import type { Db } from '../../src/store/client.js';
import { addMember, startGroup, type GroupMember } from '../support/group.js';
import { tableNames } from '../support/database.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

const LABELS = ['Alfa-förslaget', 'Beta-förslaget', 'Gamma-förslaget'];

interface Voter {
  name: string;
  memberId: number;
  userId: number;
  /** Every option position this voter chose, the changed-away-from ones included. */
  choices: number[];
}

/** What a row or a log line refers to, read from column names and text, as a curious reader would. */
interface Refs {
  members: Set<number>;
  users: Set<number>;
  names: Set<string>;
  optionIds: Set<number>;
  optionPositions: Set<number>;
  labels: Set<string>;
}

const MEMBER_KEY = /member|byid$|^ownerid$|^authorid$/i;
const USER_KEY = /^(actorid|userid)$/i;
const OPTION_ID_KEY = /^optionid$/i;
const OPTION_KEY = /^(option|choice|position)$/i;

function collect(value: unknown, key: string, names: readonly string[], refs: Refs): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'bigint' || typeof value === 'number') {
    const n = Number(value);
    if (MEMBER_KEY.test(key)) refs.members.add(n);
    if (USER_KEY.test(key)) refs.users.add(n);
    if (OPTION_ID_KEY.test(key)) refs.optionIds.add(n);
    if (OPTION_KEY.test(key)) refs.optionPositions.add(n);
    return;
  }
  if (typeof value === 'string') {
    for (const name of names) if (new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, 'iu').test(value)) refs.names.add(name);
    for (const label of LABELS) if (value.includes(label)) refs.labels.add(label);
    if (/^[[{]/.test(value.trim())) {
      try { collect(JSON.parse(value), key, names, refs); } catch { /* not JSON */ }
    }
    return;
  }
  if (typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k, names, refs);
}

function refsOf(record: Record<string, unknown>, names: readonly string[]): Refs {
  const refs: Refs = { members: new Set(), users: new Set(), names: new Set(), optionIds: new Set(), optionPositions: new Set(), labels: new Set() };
  for (const [key, value] of Object.entries(record)) collect(value, key, names, refs);
  return refs;
}

/** The places (table rows, log lines) that refer to a voter and to one of that voter's choices at once. */
function links(places: { where: string; record: Record<string, unknown> }[], voters: Voter[], options: { id: number; position: number; label: string }[]): string[] {
  const found: string[] = [];
  for (const { where, record } of places) {
    const refs = refsOf(record, voters.map((v) => v.name));
    for (const v of voters) {
      const namesVoter = refs.members.has(v.memberId) || refs.users.has(v.userId) || refs.names.has(v.name);
      const chosen = options.filter((o) => v.choices.includes(o.position));
      const namesChoice = chosen.some((o) => refs.optionIds.has(o.id) || refs.labels.has(o.label)) || (refs.optionPositions.size > 0 && chosen.some((o) => refs.optionPositions.has(o.position)));
      if (namesVoter && namesChoice) found.push(`${where} links ${v.name}: ${JSON.stringify(record, (_, x) => (typeof x === 'bigint' ? Number(x) : x))}`);
    }
  }
  return found;
}

async function everyRow(db: Db): Promise<{ where: string; record: Record<string, unknown> }[]> {
  const rows: { where: string; record: Record<string, unknown> }[] = [];
  for (const name of await tableNames(db)) {
    for (const record of await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`)) rows.push({ where: name, record });
  }
  return rows;
}

function capturingLogger() {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { lines.push(...String(chunk).split('\n').filter(Boolean)); done(); } });
  return { logger: pino({ level: 'trace', base: undefined }, sink), lines };
}

describe('anonymous polls', () => {
  let tb: TestBot;
  afterEach(async () => { await tb.close(); });

  for (const perOrganisation of [false, true]) {
    it(`leave no link between voter and choice in any table, audit entry, log line or message${perOrganisation ? ' (one vote per organisation)' : ''}`, async () => {
      const { logger, lines } = capturingLogger();
      tb = await createTestBot({ logger });
      const group: GroupMember[] = [{ name: 'erik', org: 'TRR' }, { name: 'sara', org: 'IF Metall' }, { name: 'lena', org: 'Arbetsförmedlingen' }];
      const caseId = await startGroup(tb, group);
      await tb.say(`omröstning ny "Vilket förslag till framtidsmässa?" alternativ="${LABELS.join('|')}" anonym${perOrganisation ? ' per=organisation' : ''}`);
      const outputs: (Deliverable | Reply)[] = [];
      const vote = async (name: string, option: number) => {
        outputs.push(...(await tb.handle({ platform: 'console', user: { id: name, name }, channel: { id: 'samverkan', name: 'samverkan' }, text: `rösta 1 ${option}` })));
      };
      await vote('erik', 1);
      await vote('sara', 2);
      await vote('lena', 3);
      await vote('erik', 2); // a changed vote
      // No count while open: a change of it would tell what the last voter chose.
      const card = await tb.text('omröstning visa 1');
      expect(card).toContain('Anonym: rösterna sparas utan namn, så varken gruppen eller dess ledare kan se vem som röstat vad.');
      expect(card).toContain('Resultatet visas när omröstningen stänger.');
      expect(card).toContain(`1. ${LABELS[0]}\n2. ${LABELS[1]}\n3. ${LABELS[2]}\n3 av ${perOrganisation ? '4 organisationer' : '4'} har röstat.`);
      expect(card).not.toContain('Inte röstat än');
      const updates = outputs.filter((o) => o.kind === 'update').map((o) => o.message.text);
      expect(updates).toHaveLength(4);
      for (const text of updates) expect(text).not.toMatch(/röst(er)?\n/);
      await tb.say('omröstning stäng 1');
      expect(await tb.text('omröstning visa 1')).toContain(`1. ${LABELS[0]}: 0 röster\n2. ${LABELS[1]}: 2 röster\n3. ${LABELS[2]}: 1 röst\n3 av ${perOrganisation ? '4 organisationer' : '4'} har röstat.`);

      const members = await tb.db.member.findMany({ where: { caseId }, include: { user: true } });
      const voterOf = (name: string, choices: number[]): Voter => {
        const m = members.find((x) => x.user.displayName === name)!;
        return { name, memberId: m.id, userId: m.userId, choices };
      };
      const voters = [voterOf('erik', [1, 2]), voterOf('sara', [2]), voterOf('lena', [3])];
      const options = await tb.db.pollOption.findMany();

      // Nothing to find in the database …
      const rows = await everyRow(tb.db);
      expect(links(rows, voters, options)).toEqual([]);
      // … and the search does find a link where one exists (an open poll stores the member with the choice).
      expect(links([{ where: 'Ballot', record: { memberId: voters[1]!.memberId, optionId: options.find((o) => o.position === 2)!.id } }], voters, options)).toHaveLength(1);
      // The ballots keep who took part (as a keyed hash) and, once closed, nothing of the choice.
      expect(await tb.db.ballot.findMany({ select: { memberId: true, optionId: true, sealed: true } })).toEqual(Array.from({ length: 3 }, () => ({ memberId: null, optionId: null, sealed: null })));
      const votes = await tb.db.auditEntry.findMany({ where: { action: 'poll.vote' } });
      expect(votes).toHaveLength(4);
      for (const entry of votes) {
        expect(entry.actorId).toBeNull();
        expect(JSON.parse(entry.data)).toEqual({ number: 1 });
      }
      // … in the log …
      expect(lines.length).toBeGreaterThan(0);
      expect(links(lines.map((line, i) => ({ where: `log line ${i + 1}`, record: JSON.parse(line) as Record<string, unknown> })), voters, options)).toEqual([]);
      expect(lines.join('\n')).not.toMatch(new RegExp(LABELS.join('|')));
      // … or in what the bot said: the voter's own confirmation does not repeat the choice.
      const replies = outputs.filter((o) => o.kind === 'reply').map((o) => o.message.text);
      expect(replies).toHaveLength(4);
      for (const text of replies) expect(text).not.toMatch(new RegExp(LABELS.join('|')));
      expect(outputs.filter((o) => o.kind === 'post' || o.kind === 'dm')).toEqual([]);

      // Without the secret a voter key is not any plain hash of poll and voter; with it, it is (the documented limit).
      const poll = await tb.db.poll.findFirstOrThrow();
      const keys = new Set((await tb.db.ballot.findMany()).map((b) => b.voterKey));
      const erik = voters[0]!;
      const subject = perOrganisation ? `${poll.id}:organisation:${members.find((m) => m.id === erik.memberId)!.organisationId}` : `${poll.id}:${erik.memberId}`;
      for (const guess of [createHash('sha256').update(subject).digest('hex'), createHmac('sha256', '').update(subject).digest('hex')]) expect(keys.has(guess)).toBe(false);
      const unit = perOrganisation ? { kind: 'organisation' as const, id: members.find((m) => m.id === erik.memberId)!.organisationId! } : { kind: 'member' as const, id: erik.memberId };
      expect(keys.has(voterKey(tb.ballotSecret, poll.id, unit))).toBe(true);
    });
  }
});
