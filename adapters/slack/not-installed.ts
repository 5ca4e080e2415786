// A request that Bolt cannot authorize in OAuth mode comes from a workspace without an
// installation — in a Slack Connect channel, a member of another organisation. Rather than
// silence, they are told that buttons work and that typing commands needs the app in their
// workspace, with the install link.
import { AuthorizationError } from '@slack/bolt';
import { translator } from '../../src/i18n/index.js';
import { SLACK } from './platform.js';
import { isText } from './inbound.js';
import type { SlackRuntime } from './runtime.js';

export function answerNotInstalled(rt: Pick<SlackRuntime, 'apis' | 'logger' | 'defaultLocale'>, installUrl: string, error: unknown, body: unknown): Promise<void> | undefined {
  if (!(error instanceof AuthorizationError)) return undefined;
  const fields = (body ?? {}) as { response_url?: unknown; team_id?: unknown; team?: { id?: unknown } | null };
  rt.logger.info({ platform: SLACK, team: [fields.team_id, fields.team?.id].find(isText) }, 'request from a workspace without an installation');
  if (!isText(fields.response_url)) return undefined;
  // Their profile cannot be asked for without their workspace's token: the default language.
  const text = translator(rt.defaultLocale)('slack.not_installed', { url: installUrl });
  return rt.apis.base.respond(fields.response_url, { text }).catch((err: unknown) => void rt.logger.warn({ err, platform: SLACK }, 'could not answer a workspace without an installation'));
}
