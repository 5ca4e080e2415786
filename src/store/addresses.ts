// Platform addresses for proactive messages: ChannelLink.address (posts to a linked channel) and
// User.dmAddress (direct messages). Their content is the adapter's business (JSON for Teams).
import type { Tx } from './client.js';
import { findUser, type Identity } from './users.js';

export async function channelAddress(db: Tx, platform: string, channelId: string): Promise<string | null> {
  return (await db.channelLink.findUnique({ where: { platform_channelId: { platform, channelId } } }))?.address ?? null;
}

/** Gives linked channels of the platform that have no address this one (a Slack installation's team id). */
export async function adoptChannelAddresses(db: Tx, platform: string, address: string): Promise<void> {
  await db.channelLink.updateMany({ where: { platform, address: null }, data: { address } });
}

/** Refreshes the address of a linked channel (Teams may move a conversation to another service URL). */
export async function rememberChannelAddress(db: Tx, platform: string, channelId: string, address: string): Promise<void> {
  await db.channelLink.updateMany({ where: { platform, channelId, OR: [{ address: null }, { address: { not: address } }] }, data: { address } });
}

export async function userAddress(db: Tx, who: Identity): Promise<string | null> {
  return (await findUser(db, who))?.dmAddress ?? null;
}

/** Records where a known user is reached directly; users the bot has not recorded are left alone. */
export async function rememberUserAddress(db: Tx, who: Identity, address: string): Promise<void> {
  await db.user.updateMany({ where: { ...who, OR: [{ dmAddress: null }, { dmAddress: { not: address } }] }, data: { dmAddress: address } });
}
