// The Slack adapter from the configuration: the bot's own ids are asked for once, at start-up
// (auth.test, which also proves the token), and handed to Bolt so it never asks lazily.
import { webApi } from '@slack/bolt';
import { publicBaseUrl, type Config } from '../../src/config.js';
import { INSTALL_PATH } from './oauth.js';
import { createSlackAdapter, type SlackAdapter } from './app.js';
import { boltLogger } from './bolt-logger.js';
import { DbInstallationStore, tokenKey } from './installations.js';
import type { CoreParts } from './runtime.js';

/** Whether the configuration asks for Slack (the console runs otherwise). */
async function botIdentity(config: Config, core: CoreParts): Promise<{ botId: string; botUserId: string; teamId: string }> {
  const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    logger: boltLogger(core.logger),
    retryConfig: { retries: 2 },
    timeout: 10_000,
  });
  const me = await client.auth.test();
  if (!me.bot_id || !me.user_id || !me.team_id) throw new Error('SLACK_BOT_TOKEN is not a bot token (auth.test named no bot)');
  return { botId: me.bot_id, botUserId: me.user_id, teamId: me.team_id };
}

export async function slackFromConfig(config: Config, core: CoreParts): Promise<SlackAdapter> {
  const common = { ...core, signingSecret: config.SLACK_SIGNING_SECRET!, ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) };
  if (config.SLACK_CLIENT_ID) {
    // Refuses to start without a usable key: tokens are never stored in the clear.
    const store = new DbInstallationStore(core.db, core.clock, tokenKey(config.SLACK_TOKEN_KEY));
    return createSlackAdapter({ ...common, oauth: { clientId: config.SLACK_CLIENT_ID, clientSecret: config.SLACK_CLIENT_SECRET!, stateSecret: config.SLACK_STATE_SECRET!, store, installUrl: `${publicBaseUrl(config)}${INSTALL_PATH}` } });
  }
  return createSlackAdapter({
    ...common,
    botToken: config.SLACK_BOT_TOKEN!,
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    identity: await botIdentity(config, core),
  });
}
