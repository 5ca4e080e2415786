// The outbox: what scheduled jobs want delivered, written in the transaction that claimed the job,
// and read back by the sender. A row holds one delivery (one channel, one user, or the update of
// an entity's posted copies on one platform).
import type { EntityRef, Output } from '../core/event.js';
import type { FileAttachment, Message } from '../core/message.js';
import { channelsOf } from '../store/cases.js';
import type { Tx } from '../store/client.js';
import type { OutboxMessage } from '../store/models.js';
import type { JobOutput } from './job.js';

export type Deliverable = Extract<Output, { kind: 'post' | 'dm' }> | (Extract<Output, { kind: 'update' }> & { platform: string });

interface Payload {
  message: Omit<Message, 'files'> & { files?: (Omit<FileAttachment, 'data'> & { base64: string })[] };
  name?: string;
  ref?: EntityRef;
}

export function encode(output: Deliverable): Pick<OutboxMessage, 'platform' | 'kind' | 'target' | 'payload'> {
  const { files, ...message } = output.message;
  const payload: Payload = {
    message: files ? { ...message, files: files.map(({ data, ...f }) => ({ ...f, base64: Buffer.from(data).toString('base64') })) } : message,
    ...(output.kind === 'post' ? { name: output.channelName, ref: output.ref } : output.kind === 'dm' ? { name: output.userName } : { ref: output.ref }),
  };
  const target = output.kind === 'post' ? output.channelId : output.kind === 'dm' ? output.userId : `${output.ref.entity}:${output.ref.id}`;
  return { platform: output.platform, kind: output.kind, target, payload: JSON.stringify(payload) };
}

export function decode(row: Pick<OutboxMessage, 'platform' | 'kind' | 'target' | 'payload'>): Deliverable {
  const payload = JSON.parse(row.payload) as Payload;
  const { files, ...rest } = payload.message;
  const message: Message = files ? { ...rest, files: files.map(({ base64, ...f }) => ({ ...f, data: new Uint8Array(Buffer.from(base64, 'base64')) })) } : rest;
  if (row.kind === 'update') return { kind: 'update', platform: row.platform, ref: payload.ref!, message };
  if (row.kind === 'dm') return { kind: 'dm', platform: row.platform, userId: row.target, userName: payload.name ?? row.target, message };
  return { kind: 'post', platform: row.platform, channelId: row.target, ...(payload.name ? { channelName: payload.name } : {}), ...(payload.ref ? { ref: payload.ref } : {}), message };
}

/** A job's outputs as deliveries: a post to every channel of the case, a dm to its user, an update on every platform of its channels. */
export async function deliveries(tx: Tx, caseId: number, outputs: JobOutput[]): Promise<Deliverable[]> {
  const channels = outputs.some((o) => o.kind !== 'dm') ? await channelsOf(tx, caseId) : [];
  const platforms = [...new Set(channels.map((c) => c.platform))];
  return outputs.flatMap((o): Deliverable[] => {
    if (o.kind === 'dm') return [{ kind: 'dm', platform: o.user.platform, userId: o.user.externalId, userName: o.user.displayName, message: o.message }];
    if (o.kind === 'update') return platforms.map((platform) => ({ kind: 'update', platform, ref: o.ref, message: o.message }));
    return channels.map((c) => ({ kind: 'post', platform: c.platform, channelId: c.channelId, ...(c.name ? { channelName: c.name } : {}), message: o.message }));
  });
}

/** Writes deliveries as pending rows, due at `at`; `key` prefixes each row's dedupe key. */
export async function enqueue(tx: Tx, caseId: number, key: string, items: Deliverable[], at: Date): Promise<void> {
  for (const [i, item] of items.entries()) {
    await tx.outboxMessage.create({ data: { caseId, dedupeKey: `${key}#${i}`, ...encode(item), createdAt: at, nextAttemptAt: at } });
  }
}
