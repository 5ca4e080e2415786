import type { Tx } from './client.js';
import type { User } from './models.js';

/** The user behind an inbound event, created on first contact; the display name follows the platform. */
export async function upsertUser(db: Tx, platform: string, externalId: string, displayName: string): Promise<User> {
  return db.user.upsert({
    where: { platform_externalId: { platform, externalId } },
    create: { platform, externalId, displayName },
    update: { displayName },
  });
}

export async function findUser(db: Tx, platform: string, externalId: string): Promise<User | null> {
  return db.user.findUnique({ where: { platform_externalId: { platform, externalId } } });
}
