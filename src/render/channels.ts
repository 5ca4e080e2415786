// Linked channels as people read them: `Teams #samverkan`.
import type { Translate } from '../i18n/index.js';

export function channelLabel(t: Translate, channel: { platform: string; channelId: string; name?: string | null }): string {
  return `${t(`platform.${channel.platform}` as 'platform.slack')} ${channel.name ? `#${channel.name}` : channel.channelId}`;
}
