// The App Home tab: the user's open actions, open polls and next meeting in each of their cases,
// rendered afresh whenever they open it.
import type { App } from '@slack/bolt';
import { homeCard } from '../../src/render/home-card.js';
import { cardBlocks, limitBlocks } from './blocks.js';
import { SLACK } from './platform.js';
import { translatorFor, type SlackRuntime } from './runtime.js';

export async function publishHome(rt: SlackRuntime, userId: string): Promise<void> {
  const { t } = translatorFor(rt, await rt.people.profile(userId, userId));
  const now = rt.clock.now();
  const card = homeCard(t, now, await rt.bot.home(SLACK, userId, now));
  await rt.api.publishHome(userId, limitBlocks(cardBlocks(card)));
}

export function registerHome(app: App, rt: SlackRuntime): void {
  app.event('app_home_opened', async ({ event }) => {
    if (event.tab === 'home') await publishHome(rt, event.user);
  });
}
