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
  from: { id: string; name?: string; aadObjectId?: string; tenantId?: string; userRole?: string; membershipSources?: { tenantId?: string }[] };
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
  return withoutTypedName(text.replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!).trim(), activity.recipient.name);
}

/**
 * A command copied from the text form of a card (`@Samverkan rösta 1 1`) and sent where no
 * mention is needed, a 1:1 chat, starts with the bot's name as plain text: that name is not
 * part of the command.
 */
function withoutTypedName(text: string, botName: string | undefined): string {
  const typed = botName && `@${botName}`;
  if (!typed || !text.toLowerCase().startsWith(typed.toLowerCase())) return text;
  const rest = text.slice(typed.length);
  return rest === '' || /^\s/.test(rest) ? rest.trim() : text;
}

/** The command a card button carries: Action.Execute (invoke) or Action.Submit (message with value). */
export function buttonCommand(activity: TeamsActivity): string | null {
  const value = activity.value as { action?: { data?: { command?: unknown } }; command?: unknown } | undefined;
  const command = activity.type === 'invoke' ? value?.action?.data?.command : value?.command;
  return typeof command === 'string' && command.trim() ? stripReserved(command).trim() : null;
}

/** The tenant of the conversation: in a shared channel the host team's, whoever writes. */
export function tenantOf(activity: TeamsActivity): string | undefined {
  return activity.conversation.tenantId ?? activity.channelData?.tenant?.id;
}

/**
 * The sender's own tenant. A user of another organisation in a shared channel carries it on the
 * account (`tenantId`, and every membership source names it); a user of the host tenant's own
 * carries none of these, and the conversation's tenant is theirs.
 */
export function userTenantOf(activity: TeamsActivity): string | undefined {
  const { from } = activity;
  return from.tenantId ?? from.membershipSources?.find((s) => s.tenantId)?.tenantId ?? tenantOf(activity);
}

/**
 * Whether the sender may be unable to use the app's cards: a user of another tenant than the
 * conversation's (Teams applies their own tenant's app policy too, and nothing in the activity
 * says whether it lets them use this app's buttons) or an anonymous user, who has no Entra
 * identity. What such a user can do for certain is type, so answers to them go as text.
 */
export function mayLackCards(activity: TeamsActivity): boolean {
  if (activity.from.userRole === 'anonymous' || !activity.from.aadObjectId) return true;
  const host = tenantOf(activity);
  return Boolean(host) && userTenantOf(activity) !== host;
}

export function isDirect(activity: TeamsActivity): boolean {
  return activity.conversation.conversationType === 'personal';
}

/** The neutral event for a command typed or clicked in this activity's conversation. */
export function toInboundEvent(activity: TeamsActivity, text: string): InboundEvent {
  const conversationId = channelOf(activity.conversation.id);
  const tenantId = tenantOf(activity);
  // The user's own tenant is part of who they are: the same id in another tenant is another person.
  const userTenant = userTenantOf(activity);
  const name = activity.channelData?.channel?.name ?? activity.channelData?.team?.name;
  const address = formatAddress({ serviceUrl: activity.serviceUrl ?? '', conversationId, ...(tenantId ? { tenantId } : {}) });
  return {
    platform: PLATFORM,
    user: { id: activity.from.id, name: stripReserved(activity.from.name ?? activity.from.id), ...(activity.locale ? { locale: activity.locale } : {}), ...(userTenant ? { tenant: userTenant } : {}) },
    channel: { id: conversationId, ...(name ? { name } : {}), ...(isDirect(activity) ? { direct: true } : {}), address },
    text,
  };
}
