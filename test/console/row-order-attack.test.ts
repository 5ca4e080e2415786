// Issue 11, finding 1: "Anonymity is broken by row order". Ballot ids were random, but SQLite
// writes each new cell lower in its page, and PollParticipation's rowid is insertion order too:
// matching the two orders linked every voter to their choice from the database file alone. This
// test is that attack, and every variant of it a curious reader of the files would try: it reads
// the raw bytes of the WAL (before a checkpoint) and of the database file (after one), every page
// image in them — live, free, or an old WAL frame — and matches every order of voters it can
// find against every order of choices it can find. There must be no choice to find at all.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { voterKey } from '../../src/domain/ballots.js';
import { sqliteFilePath } from '../../src/store/sqlite-url.js';
import { addMember, startGroup } from '../support/group.js';
import { filePages, leafCells, outsideLiveCells, tableCells, walPages, type Cell, type PageImage, type SqlValue } from '../support/sqlite-file.js';
import { createTestBot, type TestBot } from '../support/testbot.js';
import { onPostgres } from '../support/database.js';

const OPTIONS = ['Jobbklubb', 'Framtidsmässa', 'Studiebesök', 'Informationsmöte'];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

interface Truth {
  /** Member ids in the order they first voted: what someone watching the group would know. */
  firstVotes: number[];
  /** Every option id each member chose, the last one being the one that counts. */
  choices: Map<number, number[]>;
}

interface Files {
  file: Uint8Array;
  wal: Uint8Array;
}

interface Schema {
  columns: Record<string, string[]>;
  roots: Record<string, number>;
}

async function schemaOf(tb: TestBot): Promise<Schema> {
  const tables = await tb.db.$queryRawUnsafe<{ name: string; rootpage: number | bigint }[]>("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'");
  const columns: Record<string, string[]> = {};
  for (const { name } of tables) columns[name] = (await tb.db.$queryRawUnsafe<{ name: string }[]>(`PRAGMA table_info("${name}")`)).map((c) => c.name);
  return { columns, roots: Object.fromEntries(tables.map((t) => [t.name, Number(t.rootpage)])) };
}

/** The WAL as it is now, then the database file after a checkpoint has copied the WAL into it. */
async function readFiles(tb: TestBot): Promise<Files> {
  const path = sqliteFilePath(tb.url);
  const wal = await readFile(`${path}-wal`).catch(() => Buffer.alloc(0));
  await tb.db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  return { file: await readFile(path), wal };
}

const column = (schema: Schema, table: string, cell: Cell, name: string): SqlValue => cell.values[schema.columns[table]!.indexOf(name)] ?? null;
const byPosition = (a: Cell, b: Cell) => a.page - b.page || b.offset - a.offset;
const byRowid = (a: Cell, b: Cell) => (a.rowid < b.rowid ? -1 : a.rowid > b.rowid ? 1 : 0);

/** A Ballot row wherever it lies: a record of Ballot's shape whose voter key is a 64-digit hash. */
function ballotCells(schema: Schema, images: PageImage[]): Cell[] {
  const width = schema.columns.Ballot!.length;
  return images.flatMap(leafCells).filter((c) => c.values.length === width && /^[0-9a-f]{64}$/.test(String(column(schema, 'Ballot', c, 'voterKey'))));
}

/** The attack: every order of voters against every order of choices; the best count of right guesses. */
function attack(schema: Schema, files: Files, truth: Truth, memberOfUser: Map<number, number>) {
  const images = [...filePages(files.file), ...walPages(files.wal)];
  const voterOrders: Record<string, number[]> = { 'the order members voted in': truth.firstVotes };
  if (schema.roots.PollParticipation) {
    const rows = tableCells(files.file, schema.roots.PollParticipation);
    const member = (c: Cell) => Number(column(schema, 'PollParticipation', c, 'memberId'));
    voterOrders['PollParticipation by rowid'] = [...rows].sort(byRowid).map(member);
    voterOrders['PollParticipation by cell position'] = [...rows].sort(byPosition).map(member);
  }
  const votes = tableCells(files.file, schema.roots.AuditEntry!).sort(byRowid).filter((c) => column(schema, 'AuditEntry', c, 'action') === 'poll.vote');
  const audited = votes.map((c) => {
    const actor = column(schema, 'AuditEntry', c, 'actorId');
    const data = JSON.parse(String(column(schema, 'AuditEntry', c, 'data'))) as { memberId?: number };
    return actor !== null ? memberOfUser.get(Number(actor)) : data.memberId;
  });
  if (audited.some((m) => m !== undefined)) voterOrders['AuditEntry by rowid'] = [...new Set(audited.filter((m): m is number => m !== undefined))];

  const choice = (c: Cell) => column(schema, 'Ballot', c, 'optionId');
  const live = tableCells(files.file, schema.roots.Ballot!);
  const choiceOrders: Record<string, SqlValue[]> = {
    'Ballot by cell position': [...live].sort(byPosition).map(choice),
    'Ballot by rowid': [...live].sort(byRowid).map(choice),
  };
  const everywhere = ballotCells(schema, images);
  const walCells = ballotCells(schema, walPages(files.wal));
  const firstSeen = new Map<string, SqlValue>();
  const lastSeen = new Map<string, SqlValue>();
  for (const c of walCells) {
    const key = String(column(schema, 'Ballot', c, 'voterKey'));
    if (!firstSeen.has(key)) firstSeen.set(key, choice(c));
    lastSeen.set(key, choice(c));
  }
  choiceOrders['Ballot by first appearance in the WAL, as first written'] = [...firstSeen.values()];
  choiceOrders['Ballot by first appearance in the WAL, as last written'] = [...firstSeen.keys()].map((k) => lastSeen.get(k)!);

  const results = Object.entries(voterOrders).flatMap(([voters, members]) => Object.entries(choiceOrders).map(([choices, options]) => ({
    strategy: `${voters} against ${choices}`,
    linked: members.filter((m, i) => options[i] !== null && options[i] !== undefined && truth.choices.get(m)?.includes(Number(options[i]))).length,
  })));
  return {
    /** Ballot records, in any page image, that hold a choice in clear. */
    choicesInClear: everywhere.filter((c) => choice(c) !== null).length,
    ballotRecords: everywhere.length,
    linked: results.filter((r) => r.linked > 0),
  };
}

// Reads SQLite's file format; on PostgreSQL the same sealing (docs/ARCHITECTURE.md, "Anonymous polls") keeps choices out of the database.
describe.skipIf(onPostgres)('the row-order attack on an anonymous poll (issue 11)', () => {
  let tb: TestBot;
  afterEach(async () => { await tb.close(); });

  for (const count of [12, 30]) {
    it(`finds no choice to link to any of ${count} voters, in the database file, its WAL or its free space, also after changed votes`, async () => {
      tb = await createTestBot();
      const caseId = await startGroup(tb, []);
      const names = Array.from({ length: count }, (_, i) => `röstare${String(i + 1).padStart(2, '0')}`);
      const members = new Map<string, number>();
      for (const name of names) members.set(name, await addMember(tb, caseId, { name, org: 'TRR' }));
      await tb.say(`omröstning ny "Vilken aktivitet först?" alternativ="${OPTIONS.join('|')}" anonym`);
      const poll = await tb.db.poll.findFirstOrThrow({ include: { options: { orderBy: { position: 'asc' } } } });
      const truth: Truth = { firstVotes: [], choices: new Map() };
      const draw = random(count);
      const order = [...names].sort(() => draw() - 0.5);
      const vote = async (name: string, position: number) => {
        expect(await tb.text(`@${name} rösta 1 ${position}`)).toMatch(/^Din anonyma röst i omröstning #1 är (registrerad|ändrad)/);
        const member = members.get(name)!;
        if (!truth.choices.has(member)) truth.firstVotes.push(member);
        truth.choices.set(member, [...(truth.choices.get(member) ?? []), poll.options[position - 1]!.id]);
      };
      for (const name of order) await vote(name, 1 + Math.floor(draw() * OPTIONS.length));
      // Every third voter changes their mind, some of them twice.
      for (const [i, name] of order.entries()) if (i % 3 === 0) await vote(name, 1 + ((truth.choices.get(members.get(name)!)!.length + i) % OPTIONS.length));
      for (const name of order.slice(0, 3)) await vote(name, 1 + (OPTIONS.length - 1));

      const users = await tb.db.member.findMany({ where: { caseId } });
      const memberOfUser = new Map(users.map((m) => [m.userId, m.id]));
      const keys = [...members.values()].map((id) => voterKey(tb.ballotSecret, poll.id, { kind: 'member', id }));
      const schema = await schemaOf(tb);

      const open = await readFiles(tb);
      const whileOpen = attack(schema, open, truth, memberOfUser);
      expect(whileOpen.ballotRecords).toBeGreaterThanOrEqual(count);
      expect(whileOpen).toMatchObject({ choicesInClear: 0, linked: [] });
      expect(outsideLiveCells([...filePages(open.file), ...walPages(open.wal)], keys)).toEqual([]);

      // Closing counts the sealed choices (the result is right) and erases them.
      const finals = [...truth.choices.values()].map((c) => c.at(-1)!);
      const votesFor = poll.options.map((o) => finals.filter((id) => id === o.id).length);
      await tb.say('omröstning stäng 1');
      expect((await tb.db.pollOption.findMany({ where: { pollId: poll.id }, orderBy: { position: 'asc' } })).map((o) => o.votes)).toEqual(votesFor);
      const closed = await readFiles(tb);
      expect(attack(schema, closed, truth, memberOfUser)).toMatchObject({ choicesInClear: 0, linked: [] });
      expect(outsideLiveCells([...filePages(closed.file), ...walPages(closed.wal)], keys)).toEqual([]);
    });
  }
});
