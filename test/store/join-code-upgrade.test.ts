// Upgrading a database made before one-time join codes: the permanent codes are gone (the column
// is dropped), every existing link stays and keeps receiving posts, members stay, and an old code
// no longer links anything (README, "Release notes").
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/migrations.js';
import { migrateBefore } from '../support/migrated-before.js';
import { contents, createTestBot } from '../support/testbot.js';
import { onPostgres } from '../support/database.js';

// Upgrades SQLite files of older releases; PostgreSQL databases begin at a baseline that has one-time codes.
describe.skipIf(onPostgres)('the one-time join codes migration on an existing database', () => {
  let dir: string;
  const file = () => join(dir, 'old.db');
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-upgrade-'));
    // The migrations as they were before join codes became one-time ones.
    const pending = await migrateBefore(file(), join(dir, 'before'), (m) => m.sql.includes('CREATE TABLE "JoinCode"'));
    const db = new Database(file());
    const at0 = '2026-11-01T08:00:00.000Z';
    db.prepare('INSERT INTO "User" (id, platform, externalId, displayName, createdAt) VALUES (1, \'console\', \'anna\', \'anna\', ?)').run(at0);
    db.prepare('INSERT INTO "Case" (id, title, company, municipality, kind, affected, joinCode, createdAt) VALUES (1, \'Konga Bruk konkurs\', \'Konga Bruk AB\', \'Tingsryd\', \'konkurs\', 211, \'K7QF2M\', ?)').run(at0);
    for (const [id, channel] of [[1, 'samverkan'], [2, 'teams-kanal']] as const) {
      db.prepare('INSERT INTO "ChannelLink" (id, caseId, platform, channelId, name, createdAt) VALUES (?, 1, \'console\', ?, ?, ?)').run(id, channel, channel, at0);
    }
    db.prepare('INSERT INTO "Member" (caseId, userId, role, joinedAt) VALUES (1, 1, \'leader\', ?)').run(at0);
    db.close();
    expect(await migrate(`file:${file()}`)).toEqual(pending);
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('drops the permanent code and keeps every link active', async () => {
    const db = new Database(file(), { readonly: true });
    const columns = (db.prepare('PRAGMA table_info("Case")').all() as { name: string }[]).map((c) => c.name);
    const links = db.prepare('SELECT channelId, status FROM "ChannelLink" ORDER BY id').all();
    db.close();
    expect(columns).not.toContain('joinCode');
    expect(links).toEqual([{ channelId: 'samverkan', status: 'active' }, { channelId: 'teams-kanal', status: 'active' }]);
  });

  it('refuses the old code, while the group carries on and its leader makes a new one', async () => {
    const tb = await createTestBot({ database: file() });
    try {
      await tb.say('#ny-kanal');
      const before = await contents(tb.db);
      expect(await tb.text('@bo ärende koppla K7QF2M')).toContain('en kopplingskod har tio tecken');
      expect(await contents(tb.db)).toEqual(before);
      await tb.say('#samverkan');
      const posted = await tb.say('åtgärd ny "Boka lokal" ansvarig=@anna senast=fredag');
      expect(posted.map((o) => o.kind === 'post' && o.channel)).toEqual(['samverkan', 'teams-kanal']);
      expect((await tb.say('ärende kod')).map((o) => o.kind)).toEqual(['dm', 'reply']);
    } finally {
      await tb.close();
    }
  });
});
