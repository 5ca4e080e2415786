// Messages the bot posted that show an entity, so that adapters can update them in place.
import type { EntityRef } from '../core/event.js';
import type { Tx } from './client.js';
import type { PostedMessage } from './models.js';

export interface PostedInput {
  ref: EntityRef;
  platform: string;
  channelId: string;
  messageId: string;
}

export async function recordPosted(db: Tx, { ref, platform, channelId, messageId }: PostedInput, now: Date): Promise<void> {
  await db.postedMessage.upsert({
    where: { platform_channelId_messageId: { platform, channelId, messageId } },
    create: { caseId: ref.caseId, entity: ref.entity, entityId: ref.id, platform, channelId, messageId, createdAt: now },
    update: {},
  });
}

/** Every message on `platform` that shows the entity, oldest first. */
export async function postedFor(db: Tx, ref: EntityRef, platform: string): Promise<PostedMessage[]> {
  return db.postedMessage.findMany({ where: { caseId: ref.caseId, entity: ref.entity, entityId: ref.id, platform }, orderBy: { id: 'asc' } });
}
