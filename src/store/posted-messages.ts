// Messages the bot posted that show an entity, so that every copy can be updated in place.
import type { EntityRef } from '../core/event.js';
import type { Tx } from './client.js';
import type { PostedMessage } from './models.js';

export async function recordPosted(db: Tx, ref: EntityRef, at: { platform: string; channelId: string; messageId: string }): Promise<void> {
  await db.postedMessage.create({ data: { caseId: ref.caseId, entity: ref.entity, entityId: ref.id, ...at } });
}

export async function postedCopies(db: Tx, ref: EntityRef, platform: string): Promise<PostedMessage[]> {
  return db.postedMessage.findMany({ where: { caseId: ref.caseId, entity: ref.entity, entityId: ref.id, platform }, orderBy: { id: 'asc' } });
}
