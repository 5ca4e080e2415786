// Linked channels as people read them (`Teams #samverkan`), and the numbered list leaders manage.
import type { Card } from '../core/message.js';
import type { Translate } from '../i18n/index.js';
import { joinRich } from '../text/rich.js';
import type { LinkWithLinker } from '../store/cases.js';

export function channelLabel(t: Translate, channel: { platform: string; channelId: string; name?: string | null }): string {
  return `${t(`platform.${channel.platform}` as 'platform.slack')} ${channel.name ? `#${channel.name}` : channel.channelId}`;
}

/** Numbered in the order the links were made; pending ones are marked with the person waiting. */
export function channelListCard(t: Translate, caseTitle: string, links: readonly LinkWithLinker[]): Card {
  const lines = links.map((link, i) => {
    const params = { number: i + 1, channel: channelLabel(t, link), name: link.linkedBy?.displayName ?? t('none') };
    return t(link.status === 'pending' ? 'case.channels.pending_line' : 'case.channels.line', params);
  });
  return { title: t('case.channels.title', { title: caseTitle, count: links.length }), sections: [{ text: joinRich(lines, '\n') }, { text: t('case.channels.hint') }] };
}
