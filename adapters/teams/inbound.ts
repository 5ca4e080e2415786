// Bot Framework activity → the neutral InboundEvent. Pure: no SDK calls, no I/O.
import type { InboundEvent } from '../../src/core/event.js';
import { mentionToken } from '../../src/text/mention.js';
import { stripReserved } from '../../src/text/reserved.js';
import { channelOf, formatAddress } from './address.js';

export const PLATFORM = 'teams';

/** The parts of a Teams activity this adapter reads (a subset of the SDK's Activity). */
export interface TeamsActivity {
  type: string;
  id?: string;
  name?: string;
  text?: string;
  locale?: string;
  serviceUrl?: string;
  value?: unknown;
  from: { id: string; name?: string; aadObjectId?: string };
  recipient: { id: string; name?: string };
  conversation: { id: string; conversationType?: string; tenantId?: string };
  entities?: { type: string; mentioned?: { id: string; name?: string }; text?: string }[];
  membersAdded?: { id: string; name?: string }[];
  channelData?: { tenant?: { id?: string }; channel?: { id?: string; name?: string }; team?: { id?: string; name?: string } };
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The command line of a message as neutral text: the bot's own mention removed, every other
 * mention a mention token (src/text/mention.ts) that tells people apart by id, the rest what the
 * user typed — entities decoded, reserved code points stripped — so none of it is a mention.
 */
export function messageText(activity: TeamsActivity): string {
  let text = stripReserved(activity.text ?? '');
  for (const entity of activity.entities ?? []) {
    if (entity.type !== 'mention' || !entity.mentioned || !entity.text) continue;
    const { id, name } = entity.mentioned;
    const token = id === activity.recipient.id ? '' : mentionToken({ platform: PLATFORM, id, name: name ?? entity.text.replace(/<\/?at>/g, '') });
    text = text.replace(entity.text, () => token);
  }
  // Tokens hold no `&`, so decoding cannot touch them.
  return text.replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!).trim();
}

/** The command a card button carries: Action.Execute (invoke) or Action.Submit (message with value). */
export function buttonCommand(activity: TeamsActivity): string | null {
  const value = activity.value as { action?: { data?: { command?: unknown } }; command?: unknown } | undefined;
  const command = activity.type === 'invoke' ? value?.action?.data?.command : value?.command;
  return typeof command === 'string' && command.trim() ? stripReserved(command).trim() : null;
}

export function tenantOf(activity: TeamsActivity): string | undefined {
  return activity.conversation.tenantId ?? activity.channelData?.tenant?.id;
}

export function isDirect(activity: TeamsActivity): boolean {
  return activity.conversation.conversationType === 'personal';
}

/** The neutral event for a command typed or clicked in this activity's conversation. */
export function toInboundEvent(activity: TeamsActivity, text: string): InboundEvent {
  const conversationId = channelOf(activity.conversation.id);
  const tenantId = tenantOf(activity);
  const name = activity.channelData?.channel?.name ?? activity.channelData?.team?.name;
  const address = formatAddress({ serviceUrl: activity.serviceUrl ?? '', conversationId, ...(tenantId ? { tenantId } : {}) });
  return {
    platform: PLATFORM,
    user: { id: activity.from.id, name: stripReserved(activity.from.name ?? activity.from.id), ...(activity.locale ? { locale: activity.locale } : {}) },
    channel: { id: conversationId, ...(name ? { name } : {}), ...(isDirect(activity) ? { direct: true } : {}), address },
    text,
  };
}
