// The outbox: everything a command or a scheduled job wants delivered besides a reply, written in
// the transaction that made the change (or claimed the job) and read back by the sender. A row
// holds one delivery: one channel, one user, or the update of an entity's posted copies on one
// platform.
import type { ChannelAddress, Deliverable, Effect, EntityRef, Origin } from '../core/event.js';
import type { FileAttachment, Message } from '../core/message.js';
import { dmAccount } from '../store/accounts.js';
import { channelsOf } from '../store/cases.js';
import type { Tx } from '../store/client.js';
import type { OutboxMessage } from '../store/models.js';

interface Payload {
  message: Omit<Message, 'files'> & { files?: (Omit<FileAttachment, 'data'> & { base64: string })[] };
  name?: string;
  /** A dm's recipient's workspace or tenant. */
  tenant?: string;
  ref?: EntityRef;
  origin?: Origin;
}

export function encode(output: Deliverable): Pick<OutboxMessage, 'platform' | 'kind' | 'target' | 'payload'> {
  const { files, ...message } = output.message;
  const payload: Payload = {
    message: files ? { ...message, files: files.map(({ data, ...f }) => ({ ...f, base64: Buffer.from(data).toString('base64') })) } : message,
    ...(output.kind === 'post' ? { name: output.channelName, ref: output.ref, origin: output.origin } : output.kind === 'dm' ? { name: output.userName, ...(output.tenant ? { tenant: output.tenant } : {}) } : { ref: output.ref }),
  };
  return { platform: output.platform, kind: output.kind, target: targetOf(output), payload: JSON.stringify(payload) };
}

/** What a delivery goes to: a channel, a user, or an entity's posted copies. */
function targetOf(output: Deliverable): string {
  return output.kind === 'post' ? output.channelId : output.kind === 'dm' ? output.userId : `${output.ref.entity}:${output.ref.id}`;
}

export function decode(row: Pick<OutboxMessage, 'platform' | 'kind' | 'target' | 'payload'>): Deliverable {
  const payload = JSON.parse(row.payload) as Payload;
  const { files, ...rest } = payload.message;
  const message = (files ? { ...rest, files: files.map(({ base64, ...f }) => ({ ...f, data: new Uint8Array(Buffer.from(base64, 'base64')) })) } : rest) as Message;
  if (row.kind === 'update') return { kind: 'update', platform: row.platform, ref: payload.ref!, message };
  if (row.kind === 'dm') return { kind: 'dm', platform: row.platform, userId: row.target, userName: payload.name ?? row.target, message, ...(payload.tenant ? { tenant: payload.tenant } : {}) };
  return {
    kind: 'post', platform: row.platform, channelId: row.target, message,
    ...(payload.name ? { channelName: payload.name } : {}), ...(payload.ref ? { ref: payload.ref } : {}), ...(payload.origin ? { origin: payload.origin } : {}),
  };
}

export interface Addressing {
  /** The case whose channels a post goes to; without one, posts go to `fallback`. */
  caseId: number | null;
  fallback?: ChannelAddress;
  /** Who caused the posts (a command's sender). */
  origin?: Origin;
}

const postTo = (c: ChannelAddress, message: Message, ref?: EntityRef, origin?: Origin): Deliverable => ({
  kind: 'post', platform: c.platform, channelId: c.channelId, message, ...(c.name ? { channelName: c.name } : {}), ...(ref ? { ref } : {}), ...(origin ? { origin } : {}),
});

/**
 * The deliveries of effects, resolved in the transaction that stores them (so a channel it links
 * or unlinks counts): a post to every active channel of the case, a dm to its user, an update on
 * every platform of the case's channels.
 */
export async function deliveries(tx: Tx, { caseId, fallback, origin }: Addressing, effects: readonly Effect[]): Promise<Deliverable[]> {
  const linked = caseId !== null && effects.some((e) => e.kind === 'post' || e.kind === 'update') ? await channelsOf(tx, caseId) : [];
  const channels: ChannelAddress[] = caseId === null ? (fallback ? [fallback] : []) : linked;
  const platforms = [...new Set(linked.map((c) => c.platform))];
  // A person with linked accounts gets a direct message once, on the account chosen for it.
  const resolved = await Promise.all(effects.map(async (e): Promise<Effect> => (e.kind === 'dm' ? { ...e, user: await dmAccount(tx, e.user) } : e)));
  return resolved.flatMap((e): Deliverable[] => {
    switch (e.kind) {
      case 'post': return channels.map((c) => postTo(c, e.message, e.ref, origin));
      case 'post_to': return e.channels.map((c) => postTo(c, e.message, undefined, origin));
      case 'dm': return [{ kind: 'dm', platform: e.user.platform, userId: e.user.externalId, userName: e.user.displayName, message: e.message, ...(e.user.tenant ? { tenant: e.user.tenant } : {}) }];
      case 'update': return platforms.map((platform) => ({ kind: 'update', platform, ref: e.ref, message: e.message }));
    }
  });
}

/** Writes deliveries as pending rows, due at `at`; `key` prefixes each row's dedupe key. */
export async function enqueue(tx: Tx, caseId: number | null, key: string, items: readonly Deliverable[], at: Date): Promise<void> {
  for (const [i, item] of items.entries()) {
    await tx.outboxMessage.create({ data: { caseId, dedupeKey: `${key}#${i}`, ...encode(item), createdAt: at, nextAttemptAt: at } });
  }
}
