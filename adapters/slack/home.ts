// The App Home tab: the user's open actions, open polls and next meeting in each of their cases,
// rendered afresh whenever they open it.
import type { App } from '@slack/bolt';
import { homeCard } from '../../src/render/home-card.js';
import { cardBlocks, limitBlocks } from './blocks.js';
import { isText, type SlackUser } from './inbound.js';
import { SLACK } from './platform.js';
import { translatorFor, type SlackRuntime } from './runtime.js';

export async function publishHome(rt: SlackRuntime, user: SlackUser): Promise<void> {
  const { t } = translatorFor(rt, await rt.people.profile(user, user.id));
  const now = rt.clock.now();
  const card = homeCard(t, now, await rt.bot.home({ platform: SLACK, tenant: user.team, externalId: user.id }, now));
  await (await rt.apis.for(user.team)).publishHome(user.id, limitBlocks(cardBlocks(card)));
}

export function registerHome(app: App, rt: SlackRuntime): void {
  app.event('app_home_opened', async ({ event, body }) => {
    // The App Home is only offered in the user's own workspace: the event's team is theirs.
    if (event.tab === 'home' && isText(body.team_id)) await publishHome(rt, { id: event.user, team: body.team_id });
  });
}
