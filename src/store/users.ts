import type { Mention } from '../text/mention.js';
import { personOf } from './accounts.js';
import type { Tx } from './client.js';
import type { User } from './models.js';

/**
 * A person as a platform names them: the user id within its workspace or tenant (Slack team id,
 * Teams AAD tenant id; '' on the console). The same id in another tenant is another person.
 */
export interface Identity {
  platform: string;
  tenant: string;
  externalId: string;
}

const key = (who: Identity) => ({ platform_tenant_externalId: { platform: who.platform, tenant: who.tenant, externalId: who.externalId } });

/** The user behind an inbound event, created on first contact; the display name follows the platform. */
export async function upsertUser(db: Tx, who: Identity, displayName: string, now: Date): Promise<User> {
  return db.user.upsert({
    where: key(who),
    create: { ...who, displayName, createdAt: now },
    update: { displayName },
  });
}

export async function findUser(db: Tx, who: Identity): Promise<User | null> {
  return db.user.findUnique({ where: key(who) });
}

/**
 * Gives the platform's users recorded before tenants were (tenant '') the tenant they can only
 * have come from: the single Slack workspace a token-mode installation served. A row whose
 * identity already exists with the tenant is left alone.
 */
export async function adoptTenantless(db: Tx, platform: string, tenant: string): Promise<void> {
  for (const user of await db.user.findMany({ where: { platform, tenant: '' } })) {
    if (!(await findUser(db, { platform, tenant, externalId: user.externalId }))) await db.user.update({ where: { id: user.id }, data: { tenant } });
  }
}

/**
 * A user recorded before tenants were (tenant '') and now seen with one takes it, unless that
 * identity exists already. For Teams, whose user ids are issued per bot and not reused across
 * tenants, so the first tenant an id shows up with is the one it always had.
 */
export async function adoptTenantlessUser(db: Tx, who: Identity): Promise<void> {
  if (!who.tenant || (await findUser(db, who))) return;
  await db.user.updateMany({ where: { platform: who.platform, tenant: '', externalId: who.externalId }, data: { tenant: who.tenant } });
}

export type MentionLookup = { ok: true; user: User } | { ok: false; reason: 'unknown' | 'ambiguous' };

/**
 * The user a mention names. With a platform id (console `@anna`, Slack `<@U123|anna>`, Teams
 * `<at id="…">`) the user is created on first use, taking the mention's name when it carries one;
 * a Teams mention without an id is matched by display name among that platform's known users.
 * A mention of another platform than the event's is fine: one case spans Slack and Teams.
 *
 * A typed mention carries no tenant (Slack's `<@U123>` names no workspace), so the id is looked
 * for in the speaker's tenant first, then as the one known user of that id in any tenant; failing
 * both, the user is created in the speaker's tenant (or none, for another platform's mention). A
 * mention whose tenant the adapter found out (a Slack Connect user's workspace) is that person only.
 * A linked account stands for its person (store/accounts.ts): the person's row is returned.
 */
export async function userForMention(db: Tx, mention: Mention, speaker: { platform: string; tenant: string }, now: Date): Promise<MentionLookup> {
  const platform = mention.platform ?? speaker.platform;
  if (mention.id) {
    const tenant = mention.tenant ?? (platform === speaker.platform ? speaker.tenant : '');
    const named = mention.name ? { displayName: mention.name } : {};
    const own = await findUser(db, { platform, tenant, externalId: mention.id });
    const anywhere = own ? [own] : mention.tenant ? [] : await db.user.findMany({ where: { platform, externalId: mention.id } });
    if (anywhere.length === 1) return { ok: true, user: await personOf(db, mention.name ? await db.user.update({ where: { id: anywhere[0]!.id }, data: named }) : anywhere[0]!) };
    const user = await db.user.create({ data: { platform, tenant, externalId: mention.id, displayName: mention.name ?? mention.id, createdAt: now } });
    return { ok: true, user };
  }
  const name = mention.name?.toLowerCase();
  const found = name ? (await db.user.findMany({ where: { platform } })).filter((u) => u.displayName.toLowerCase() === name) : [];
  if (found.length === 1) return { ok: true, user: await personOf(db, found[0]!) };
  return { ok: false, reason: found.length ? 'ambiguous' : 'unknown' };
}
