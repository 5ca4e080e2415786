import type { Mention } from '../text/mention.js';
import type { Tx } from './client.js';
import type { User } from './models.js';

/** The user behind an inbound event, created on first contact; the display name follows the platform. */
export async function upsertUser(db: Tx, platform: string, externalId: string, displayName: string, now: Date): Promise<User> {
  return db.user.upsert({
    where: { platform_externalId: { platform, externalId } },
    create: { platform, externalId, displayName, createdAt: now },
    update: { displayName },
  });
}

export async function findUser(db: Tx, platform: string, externalId: string): Promise<User | null> {
  return db.user.findUnique({ where: { platform_externalId: { platform, externalId } } });
}

export type MentionLookup = { ok: true; user: User } | { ok: false; reason: 'unknown' | 'ambiguous' };

/**
 * The user a mention names. With a platform id (console `@anna`, Slack `<@U123|anna>`, Teams
 * `<at id="…">`) the user is created on first use, taking the mention's name when it carries one;
 * a Teams mention without an id is matched by display name among that platform's known users.
 * A mention of another platform than the event's is fine: one case spans Slack and Teams.
 */
export async function userForMention(db: Tx, mention: Mention, eventPlatform: string, now: Date): Promise<MentionLookup> {
  const platform = mention.platform ?? eventPlatform;
  if (mention.id) {
    const user = await db.user.upsert({
      where: { platform_externalId: { platform, externalId: mention.id } },
      create: { platform, externalId: mention.id, displayName: mention.name ?? mention.id, createdAt: now },
      update: mention.name ? { displayName: mention.name } : {},
    });
    return { ok: true, user };
  }
  const name = mention.name?.toLowerCase();
  const found = name ? (await db.user.findMany({ where: { platform } })).filter((u) => u.displayName.toLowerCase() === name) : [];
  if (found.length === 1) return { ok: true, user: found[0]! };
  return { ok: false, reason: found.length ? 'ambiguous' : 'unknown' };
}
