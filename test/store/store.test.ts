import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/client.js';
import { sqliteFilePath } from '../../src/store/sqlite-url.js';
import { freshDatabase } from '../support/testbot.js';
import { onPostgres } from '../support/database.js';

const AT = new Date('2026-11-24T09:00:00Z');

describe('store on a SQLite file', () => {
  it('writes and reads back a case with its relations, across a reopen', async () => {
    const { url } = await freshDatabase();
    const db = await openDb(url);
    const user = await db.user.create({ data: { platform: 'console', externalId: 'anna', displayName: 'anna', createdAt: AT } });
    const created = await db.case.create({
      data: {
        title: 'Konga Bruk konkurs', company: 'Konga Bruk AB', municipality: 'Tingsryd', kind: 'konkurs', affected: 211, createdAt: AT,
        channels: { create: { platform: 'console', channelId: 'samverkan', createdAt: AT } },
        members: { create: { userId: user.id, role: 'leader', joinedAt: AT } },
      },
    });
    await db.$disconnect();

    const again = await openDb(url);
    const loaded = await again.case.findUniqueOrThrow({ where: { id: created.id }, include: { channels: true, members: { include: { user: true } } } });
    expect(loaded).toMatchObject({ title: 'Konga Bruk konkurs', affected: 211, timeZone: 'Europe/Stockholm', suppressionThreshold: 3, status: 'open' });
    expect(loaded.channels.map((c) => c.channelId)).toEqual(['samverkan']);
    expect(loaded.members[0]!.user.displayName).toBe('anna');
    await again.$disconnect();
  });

  it.skipIf(onPostgres)('runs in WAL mode and enforces unique keys', async () => {
    const { url } = await freshDatabase();
    const db = await openDb(url);
    await db.user.create({ data: { platform: 'slack', externalId: 'U1', displayName: 'a', createdAt: AT } });
    await expect(db.user.create({ data: { platform: 'slack', externalId: 'U1', displayName: 'b', createdAt: AT } })).rejects.toThrow();
    await db.$disconnect();
    const raw = new Database(sqliteFilePath(url), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('rolls back every write of a failed transaction', async () => {
    const { url } = await freshDatabase();
    const db = await openDb(url);
    await expect(db.$transaction(async (tx) => {
      await tx.user.create({ data: { platform: 'console', externalId: 'x', displayName: 'x', createdAt: AT } });
      throw new Error('refused');
    })).rejects.toThrow('refused');
    expect(await db.user.count()).toBe(0);
    // The connection is usable afterwards (prisma/orm#29933 left it inside a failed transaction).
    await db.user.create({ data: { platform: 'console', externalId: 'y', displayName: 'y', createdAt: AT } });
    expect(await db.user.count()).toBe(1);
    await db.$disconnect();
  });
});

describe('requests sharing the database', () => {
  const gate = () => {
    let open!: () => void;
    return { wait: new Promise<void>((resolve) => { open = resolve; }), open: () => open() };
  };

  it('never see another request\'s uncommitted rows, and a plain write is not rolled back with another transaction', async () => {
    const { url } = await freshDatabase();
    const db = await openDb(url);
    const inside = gate();
    const finish = gate();
    const failing = db.$transaction(async (tx) => {
      await tx.user.create({ data: { platform: 'console', externalId: 'uncommitted', displayName: 'x', createdAt: AT } });
      inside.open();
      await finish.wait;
      throw new Error('rolled back');
    });
    await inside.wait;
    // Prisma's queries are lazy: then() starts them, while the transaction is still open.
    const seen = db.user.findMany().then((users) => users);
    const written = db.user.create({ data: { platform: 'console', externalId: 'plain', displayName: 'y', createdAt: AT } }).then((user) => user);
    await new Promise((resolve) => setTimeout(resolve, 100));
    finish.open();
    await expect(failing).rejects.toThrow('rolled back');
    // (On SQLite the plain write also waits for the transaction; on PostgreSQL it need not.)
    expect((await seen).map((u) => u.externalId)).not.toContain('uncommitted');
    await written;
    expect((await db.user.findMany()).map((u) => u.externalId)).toEqual(['plain']);
    await db.$disconnect();
  });
});
