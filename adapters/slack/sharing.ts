// A Slack Connect channel gains or loses a workspace (channel_shared / channel_unshared). Both are
// logged and kept in the case's audit log (which workspaces the channel was shared with, when).
// When a workspace leaves, the group is told in the channel; and if the channel's posts went out
// with the departed workspace's token, they go on with the token of the installation that
// received the event, which is still in the channel.
import type { App } from '@slack/bolt';
import { translator, asLocale } from '../../src/i18n/index.js';
import { enqueue } from '../../src/outbox/outbox.js';
import { audit } from '../../src/store/audit.js';
import { isText } from './inbound.js';
import { SLACK } from './platform.js';
import type { SlackRuntime } from './runtime.js';

type Change = { kind: 'shared' | 'unshared'; channel: string; team: string; receivedBy: string; eventId: string };

async function recordChange(rt: SlackRuntime, change: Change): Promise<void> {
  rt.logger.info({ platform: SLACK, channel: change.channel, team: change.team }, `Slack channel ${change.kind}`);
  const at = rt.clock.now();
  await rt.db.$transaction(async (tx) => {
    const link = await tx.channelLink.findUnique({ where: { platform_channelId: { platform: SLACK, channelId: change.channel } }, include: { case: { select: { locale: true } } } });
    // A channel of no case: nothing of ours to record or tell.
    if (!link) return;
    await audit(tx, { at, caseId: link.caseId, action: `channel_${change.kind}`, entity: 'channel_link', entityId: link.id, data: { team: change.team } });
    if (change.kind === 'shared') return;
    if (link.address === change.team) await tx.channelLink.update({ where: { id: link.id }, data: { address: change.receivedBy } });
    const t = translator(asLocale(link.case.locale) ?? rt.defaultLocale);
    const message = { text: t('slack.channel_unshared', { team: change.team }) };
    await enqueue(tx, link.caseId, `slack-unshared:${change.eventId}`, [{ kind: 'post', platform: SLACK, channelId: link.channelId, ...(link.name ? { channelName: link.name } : {}), message }], at);
  });
}

export function registerSharing(app: App, rt: SlackRuntime): void {
  app.event('channel_shared', async ({ event, body }) => {
    if (isText(event.channel) && isText(event.connected_team_id) && isText(body.team_id)) await recordChange(rt, { kind: 'shared', channel: event.channel, team: event.connected_team_id, receivedBy: body.team_id, eventId: body.event_id });
  });
  app.event('channel_unshared', async ({ event, body }) => {
    if (isText(event.channel) && isText(event.previously_connected_team_id) && isText(body.team_id)) await recordChange(rt, { kind: 'unshared', channel: event.channel, team: event.previously_connected_team_id, receivedBy: body.team_id, eventId: body.event_id });
  });
}
