// The migration that gives each case its one project leader (issue 15): the creator the
// case.create audit entry names while they still lead the case, else its earliest leader.
import Database from 'better-sqlite3';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/store/migrations.js';
import { providerFiles } from '../../src/store/provider.js';

const MIGRATION = '20261126082838_case_project_leader';

describe('the case_project_leader migration', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'samverkan-project-leader-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('sets the creator, else the earliest leader still in the group, else none', async () => {
    const before = join(dir, 'before');
    for (const m of await readMigrations()) if (m.name < MIGRATION) await cp(join(providerFiles.sqlite.migrations, m.name), join(before, m.name), { recursive: true });
    await cp(join(providerFiles.sqlite.migrations, 'migration_lock.toml'), join(before, 'migration_lock.toml'));
    const file = join(dir, 'old.db');
    await migrate(`file:${file}`, before);

    const db = new Database(file);
    const at = Date.parse('2026-11-01T09:00:00Z');
    const user = db.prepare('INSERT INTO "User" ("platform", "externalId", "displayName", "createdAt") VALUES (\'console\', ?, ?, ?)');
    const kase = db.prepare('INSERT INTO "Case" ("title", "company", "municipality", "kind", "affected", "createdAt") VALUES (?, \'AB\', \'Tingsryd\', \'varsel\', 10, ?)');
    const member = db.prepare('INSERT INTO "Member" ("caseId", "userId", "role", "joinedAt", "removedAt") VALUES (?, ?, ?, ?, ?)');
    const created = db.prepare('INSERT INTO "AuditEntry" ("caseId", "action", "entity", "entityId", "data", "createdAt") VALUES (?, \'case.create\', \'Case\', ?, ?, ?)');
    const [anna, erik, sara] = ['anna', 'erik', 'sara'].map((n) => Number(user.run(n, n, at).lastInsertRowid));
    // 1: the creator anna still leads it, erik joined as leader earlier in id order but later in time.
    const one = Number(kase.run('Ett', at).lastInsertRowid);
    const annaInOne = Number(member.run(one, anna, 'leader', at + 1000, null).lastInsertRowid);
    member.run(one, erik, 'leader', at, null);
    created.run(one, one, JSON.stringify({ title: 'Ett', leaderMemberId: annaInOne }), at);
    // 2: the creator anna left; of the leaders left, sara joined first.
    const two = Number(kase.run('Två', at).lastInsertRowid);
    const annaInTwo = Number(member.run(two, anna, 'leader', at, at + 5000).lastInsertRowid);
    member.run(two, erik, 'leader', at + 2000, null);
    const saraInTwo = Number(member.run(two, sara, 'leader', at + 1000, null).lastInsertRowid);
    created.run(two, two, JSON.stringify({ leaderMemberId: annaInTwo }), at);
    // 3: no leader at all.
    const three = Number(kase.run('Tre', at).lastInsertRowid);
    member.run(three, erik, 'member', at, null);
    db.close();

    await migrate(`file:${file}`);
    const after = new Database(file, { readonly: true });
    const leaders = after.prepare('SELECT "id", "projectLeaderId" FROM "Case" ORDER BY "id"').all();
    after.close();
    expect(leaders).toEqual([{ id: one, projectLeaderId: annaInOne }, { id: two, projectLeaderId: saraInTwo }, { id: three, projectLeaderId: null }]);
  });
});
