import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMention } from '../../src/parse/tokenize.js';
import { openDb, type Db } from '../../src/store/client.js';
import { upsertUser, userForMention } from '../../src/store/users.js';
import { freshDatabase } from '../support/testbot.js';

const AT = new Date('2026-11-24T09:00:00Z');

describe('userForMention', () => {
  let db: Db;
  let dir: string;
  beforeEach(async () => {
    const fresh = await freshDatabase();
    dir = fresh.dir;
    db = await openDb(fresh.url);
  });
  afterEach(async () => {
    await db.$disconnect();
    await rm(dir, { recursive: true, force: true });
  });

  const lookup = (text: string, platform = 'console', tenant = '') => userForMention(db, parseMention(text)!, { platform, tenant }, AT);
  const who = async (text: string, platform?: string, tenant?: string) => {
    const found = await lookup(text, platform, tenant);
    return found.ok ? [found.user.platform, found.user.externalId, found.user.displayName] : found.reason;
  };

  it('makes a console @name a console user of that name, once', async () => {
    expect(await who('@anna')).toEqual(['console', 'anna', 'anna']);
    expect(await who('@anna')).toEqual(['console', 'anna', 'anna']);
    expect(await db.user.count()).toBe(1);
  });

  it('makes <@U123> the Slack user U123, named by the mention when it carries a name', async () => {
    expect(await who('<@U123>', 'slack')).toEqual(['slack', 'U123', 'U123']);
    expect(await who('<@U123|karin>', 'slack')).toEqual(['slack', 'U123', 'karin']);
    expect(await who('<@U123>', 'slack')).toEqual(['slack', 'U123', 'karin']);
    expect(await db.user.count()).toBe(1);
  });

  it('takes a Teams mention by id when present, otherwise by display name among known Teams users', async () => {
    expect(await who('<at>Maja Ek</at>', 'teams')).toBe('unknown');
    expect(await who('<at id="29:abc">Maja Ek</at>', 'teams')).toEqual(['teams', '29:abc', 'Maja Ek']);
    expect(await who('<at>maja ek</at>', 'teams')).toEqual(['teams', '29:abc', 'Maja Ek']);
    // A console or Slack user of that name is not a Teams user.
    await upsertUser(db, { platform: 'slack', tenant: 'T1', externalId: 'U9' }, 'Per Ek', AT);
    expect(await who('<at>Per Ek</at>', 'teams')).toBe('unknown');
    await upsertUser(db, { platform: 'teams', tenant: '', externalId: '29:def' }, 'Maja Ek', AT);
    expect(await who('<at>Maja Ek</at>', 'teams')).toBe('ambiguous');
    expect(await db.user.count()).toBe(3);
  });

  it('allows a mention of another platform than the event\'s', async () => {
    expect(await who('<@U777|lena>', 'teams')).toEqual(['slack', 'U777', 'lena']);
    expect(await who('<at id="29:q">Bo</at>', 'slack')).toEqual(['teams', '29:q', 'Bo']);
    expect(await who('<@U777>', 'console')).toEqual(['slack', 'U777', 'lena']);
  });

  it('uses the event\'s platform for a mention that names none', async () => {
    const found = await userForMention(db, { id: 'x1', name: 'Xena' }, { platform: 'teams', tenant: 'tenant-a' }, AT);
    expect(found.ok && [found.user.platform, found.user.tenant, found.user.externalId]).toEqual(['teams', 'tenant-a', 'x1']);
  });

  it('looks for a Slack id in the speaker\'s workspace first, then as the one known user of that id, else creates it in the speaker\'s workspace', async () => {
    const tenantOf = async (text: string, tenant: string) => {
      const found = await lookup(text, 'slack', tenant);
      return found.ok ? `${found.user.tenant}/${found.user.externalId}/${found.user.displayName}` : found.reason;
    };
    // Unknown: created in the speaker's workspace.
    expect(await tenantOf('<@U123|karin>', 'T1')).toBe('T1/U123/karin');
    // A speaker in T2 (a shared channel) means the one U123 the bot knows.
    expect(await tenantOf('<@U123>', 'T2')).toBe('T1/U123/karin');
    // Once T2 has its own U123 (another person), a T2 speaker means that one, a T1 speaker theirs.
    await upsertUser(db, { platform: 'slack', tenant: 'T2', externalId: 'U123' }, 'Olle', AT);
    expect(await tenantOf('<@U123>', 'T2')).toBe('T2/U123/Olle');
    expect(await tenantOf('<@U123>', 'T1')).toBe('T1/U123/karin');
    // A speaker of a third workspace cannot tell the two apart: a U123 of their own is made.
    expect(await tenantOf('<@U123>', 'T3')).toBe('T3/U123/U123');
    expect(await db.user.count()).toBe(3);
  });

  it('takes a mention whose workspace the adapter found out as that person only, found or created there', async () => {
    await upsertUser(db, { platform: 'slack', tenant: 'T1', externalId: 'U123' }, 'karin', AT);
    const fromT1 = { platform: 'slack', tenant: 'T1' };
    // The same id known only in T1 is not the T2 person the mention names: they are made in T2.
    const made = await userForMention(db, { platform: 'slack', id: 'U123', name: 'Karin Berg', tenant: 'T2' }, fromT1, AT);
    expect(made.ok && [made.user.tenant, made.user.externalId, made.user.displayName]).toEqual(['T2', 'U123', 'Karin Berg']);
    const again = await userForMention(db, { platform: 'slack', id: 'U123', tenant: 'T2' }, fromT1, AT);
    expect(again.ok && again.user.id).toBe(made.ok && made.user.id);
    expect(await db.user.count()).toBe(2);
  });
});
