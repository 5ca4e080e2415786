// Upgrading a database made before sealed ballots: closed polls keep their count, a closed
// anonymous poll keeps no choice, an open anonymous poll's choices are sealed at the first start
// (with the key, which the migration cannot have), and the file is rewritten so that no old
// choice survives in free space. Votes go on as before.
import Database from 'better-sqlite3';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { voterKey } from '../../src/domain/ballots.js';
import { sealLegacyBallots } from '../../src/store/ballot-upgrade.js';
import { openDb } from '../../src/store/client.js';
import { migrate } from '../../src/store/migrations.js';
import { migrateBefore } from '../support/migrated-before.js';
import { filePages, leafCells, outsideLiveCells, walPages } from '../support/sqlite-file.js';
import { createTestBot } from '../support/testbot.js';
import { onPostgres } from '../support/database.js';

const SECRET = 'upgrade-ballot-secret-0123456789';
const AT = '2026-11-20T08:00:00.000Z';
/** Members erik, sara, lena: their ballots in poll 1 (open, anonymous), 2 (closed, anonymous), 3 (closed, open). */
const VOTES: Record<number, [member: number, option: number][]> = { 1: [[2, 1], [3, 2], [4, 1]], 2: [[2, 4], [3, 4], [4, 3]], 3: [[2, 5]] };
/** Poll 4 (closed, anonymous) has many more voters, so that the old ballots fill pages the migration frees. */
const CROWD = Array.from({ length: 60 }, (_, i) => 5 + i);
VOTES[4] = CROWD.map((member) => [member, 7 + (member % 2)]);

// Upgrades SQLite files of older releases; PostgreSQL databases begin at a baseline that has sealed ballots.
describe.skipIf(onPostgres)('the sealed ballots upgrade of an existing database', () => {
  let dir: string;
  const file = () => join(dir, 'old.db');
  const keyOf = (poll: number, member: number) => voterKey(SECRET, poll, { kind: 'member', id: member });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-ballots-'));
    const pending = await migrateBefore(file(), join(dir, 'before'), (m) => m.name.endsWith('_sealed_ballots'));
    const db = new Database(file());
    db.prepare('INSERT INTO "Case" (id, title, company, municipality, kind, affected, createdAt) VALUES (1, \'Konga Bruk konkurs\', \'Konga Bruk AB\', \'Tingsryd\', \'konkurs\', 211, ?)').run(AT);
    db.prepare('INSERT INTO "ChannelLink" (caseId, platform, channelId, name, createdAt) VALUES (1, \'console\', \'samverkan\', \'samverkan\', ?)').run(AT);
    const people = [[1, 'anna', 'leader'], [2, 'erik', 'member'], [3, 'sara', 'member'], [4, 'lena', 'member'], ...CROWD.map((id) => [id, `röstare${id}`, 'member'] as const)] as const;
    for (const [id, name, role] of people) {
      db.prepare('INSERT INTO "User" (id, platform, externalId, displayName, createdAt) VALUES (?, \'console\', ?, ?, ?)').run(id, name, name, AT);
      db.prepare('INSERT INTO "Member" (id, caseId, userId, role, joinedAt) VALUES (?, 1, ?, ?, ?)').run(id, id, role, AT);
    }
    const polls = [[1, 1, 'open'], [2, 1, 'closed'], [3, 0, 'closed'], [4, 1, 'closed']] as const;
    for (const [id, anonymous, status] of polls) {
      db.prepare('INSERT INTO "Poll" (id, caseId, number, question, anonymous, status, createdById, createdAt, closedAt) VALUES (?, 1, ?, ?, ?, ?, 1, ?, ?)').run(id, id, `Fråga ${id}?`, anonymous, status, AT, status === 'closed' ? AT : null);
      for (const [position, label] of [[1, 'Ja'], [2, 'Nej']] as const) db.prepare('INSERT INTO "PollOption" (id, pollId, position, label) VALUES (?, ?, ?, ?)').run(2 * (id - 1) + position, id, position, label);
      for (const [member, option] of VOTES[id]!) {
        db.prepare('INSERT INTO "Ballot" (id, pollId, optionId, voterKey, memberId) VALUES (?, ?, ?, ?, ?)').run(1000 * id + member, id, option, keyOf(id, member), anonymous ? null : member);
        db.prepare('INSERT INTO "PollParticipation" (pollId, memberId) VALUES (?, ?)').run(id, member);
      }
    }
    // sara changed her mind twice: old versions of her ballot lie in the file's free space.
    db.prepare('UPDATE "Ballot" SET optionId = 1 WHERE id = 1003').run();
    db.prepare('UPDATE "Ballot" SET optionId = 2 WHERE id = 1003').run();
    db.close();
    expect(await migrate(`file:${file()}`)).toEqual(pending);
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('keeps the count of closed polls and no choice of a closed anonymous one', () => {
    const db = new Database(file(), { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    const votes = db.prepare('SELECT pollId, label, votes FROM "PollOption" WHERE pollId < 4 ORDER BY id').all();
    const ballots = db.prepare('SELECT pollId, optionId FROM "Ballot" WHERE pollId IN (2, 3) ORDER BY id').all();
    const crowd = db.prepare('SELECT votes FROM "PollOption" WHERE pollId = 4 ORDER BY position').all();
    db.close();
    expect(tables).not.toContain('PollParticipation');
    expect(votes).toEqual([
      { pollId: 1, label: 'Ja', votes: 0 }, { pollId: 1, label: 'Nej', votes: 0 },
      { pollId: 2, label: 'Ja', votes: 1 }, { pollId: 2, label: 'Nej', votes: 2 },
      { pollId: 3, label: 'Ja', votes: 1 }, { pollId: 3, label: 'Nej', votes: 0 },
    ]);
    expect(crowd).toEqual([{ votes: 30 }, { votes: 30 }]);
    expect(ballots).toEqual([{ pollId: 2, optionId: null }, { pollId: 2, optionId: null }, { pollId: 2, optionId: null }, { pollId: 3, optionId: 5 }]);
  });

  it('seals the open anonymous poll at the first start, once, and leaves no old choice in the file', async () => {
    const db = await openDb(`file:${file()}`);
    expect(await sealLegacyBallots(db, SECRET)).toBe(3);
    expect(await sealLegacyBallots(db, SECRET)).toBe(0);
    const anonymous = await db.ballot.findMany({ where: { pollId: 1 } });
    await db.$disconnect();
    expect(anonymous.map((b) => [b.optionId, b.sealed?.length])).toEqual([[null, 32], [null, 32], [null, 32]]);

    const bytes = await readFile(file());
    const wal = await readFile(`${file()}-wal`).catch(() => Buffer.alloc(0));
    expect(wal.length).toBe(0);
    const images = [...filePages(bytes), ...walPages(wal)];
    // Every record with an anonymous ballot's key, in any page image (free ones too), is a Ballot
    // row of today's shape (id, pollId, voterKey, optionId, sealed, memberId) without a choice in clear.
    const keys = new Set([1, 2, 4].flatMap((poll) => VOTES[poll]!.map(([member]) => keyOf(poll, member))));
    const records = images.flatMap(leafCells).filter((c) => c.values.some((v) => keys.has(v as string)));
    expect(records.map((c) => [c.values.length, c.values[3]])).toEqual(Array(keys.size).fill([6, null]));
    expect(outsideLiveCells(images, [...keys])).toEqual([]);
  });

  it('lets the group carry on: votes change, and the sealed choices are counted at close', async () => {
    const tb = await createTestBot({ database: file(), ballotSecret: SECRET });
    try {
      expect(await tb.text('omröstning visa 2')).toContain('1. Ja: 1 röst\n2. Nej: 2 röster\n3 av 64 har röstat.');
      expect(await tb.text('omröstning visa 3')).toContain('1. Ja: 1 röst\n2. Nej: 0 röster\n1 av 64 har röstat. Inte röstat än: anna, sara, lena, röstare5,');
      expect(await tb.text('@erik rösta 1 Nej')).toBe('Din anonyma röst i omröstning #1 är ändrad.');
      expect(await tb.text('omröstning stäng 1')).toBe('Omröstning #1 "Fråga 1?" är stängd. Resultat: Nej vann med 2 av 3 röster.');
    } finally {
      await tb.close();
    }
  });
});
