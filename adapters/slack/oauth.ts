// OAuth distribution: the app installs into any number of workspaces. Bolt's InstallProvider
// serves the install route (a state cookie and a redirect to Slack's authorize page) and the
// redirect route (code → oauth.v2.access → our installation store → the installed page); a
// request is then authorized by its workspace's installation. An uninstall or revoked tokens
// delete the installation.
import type { App, HTTPReceiverOptions } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import { installedPage, installFailedPage } from './install-page.js';
import type { DbInstallationStore } from './installations.js';
import { SLACK } from './platform.js';

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

/** The bot scopes the app asks for; the same as adapters/slack/manifest.yml (a test checks). */
export const BOT_SCOPES = ['commands', 'channels:history', 'channels:read', 'groups:history', 'groups:read', 'im:history', 'chat:write', 'chat:write.public', 'im:write', 'users:read', 'files:write'];

export interface SlackOAuth {
  clientId: string;
  clientSecret: string;
  /** Signs the state cookie that ties the redirect to the browser that started the install. */
  stateSecret: string;
  store: DbInstallationStore;
  /** PUBLIC_BASE_URL + INSTALL_PATH: told to users of a workspace without an installation. */
  installUrl: string;
}

/** What the HTTP receiver needs for OAuth; `apiUrl` points the token exchange at a fake in tests. */
export function receiverOAuth(o: SlackOAuth, logger: Logger, apiUrl?: string): Partial<HTTPReceiverOptions> {
  return {
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    stateSecret: o.stateSecret,
    scopes: BOT_SCOPES,
    installationStore: o.store,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // Straight to Slack's authorize page, no page of ours in between.
      directInstall: true,
      ...(apiUrl ? { clientOptions: { slackApiUrl: apiUrl } } : {}),
      callbackOptions: {
        success: (installation, _options, _req, res) => installedPage(res, installation.team?.name ?? installation.enterprise?.name ?? ''),
        failure: (err, _options, _req, res) => {
          logger.warn({ err, platform: SLACK }, 'Slack installation failed');
          installFailedPage(res);
        },
      },
    },
  };
}

/** An uninstall, or the bot's tokens revoked: the workspace's installation goes. */
export function registerUninstall(app: App, o: SlackOAuth, logger: Logger): void {
  const forget = async (body: { team_id?: string; enterprise_id?: string; is_enterprise_install?: boolean }, event: string) => {
    const query = { teamId: body.team_id, enterpriseId: body.enterprise_id, isEnterpriseInstall: body.is_enterprise_install === true };
    await o.store.deleteInstallation(query as Parameters<DbInstallationStore['deleteInstallation']>[0]);
    logger.info({ platform: SLACK, team: body.team_id, event }, 'Slack installation deleted');
  };
  app.event('app_uninstalled', async ({ body }) => forget(body as never, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ body, event }) => {
    // Only the bot's tokens matter: a revoked user token leaves the installation working.
    if (event.tokens.bot?.length) await forget(body as never, 'tokens_revoked');
  });
}
