// Where a Teams conversation is reached: what ChannelLink.address and User.dmAddress hold for Teams.
export interface TeamsAddress {
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
}

export function formatAddress(address: TeamsAddress): string {
  return JSON.stringify(address);
}

/** The stored address, or null when the text is absent or not a Teams address. */
export function parseAddress(text: string | null | undefined): TeamsAddress | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<TeamsAddress>;
    if (typeof value.serviceUrl !== 'string' || typeof value.conversationId !== 'string') return null;
    return { serviceUrl: value.serviceUrl, conversationId: value.conversationId, ...(typeof value.tenantId === 'string' ? { tenantId: value.tenantId } : {}) };
  } catch {
    return null;
  }
}

/** A channel message's conversation id carries the thread (`;messageid=…`); the channel is the part before. */
export function channelOf(conversationId: string): string {
  return conversationId.split(';')[0]!;
}
