// A request signed with our signing secret can still come from a workspace this installation
// does not serve (the same app installed elsewhere): its user ids mean other people there. Such a
// request is acknowledged, answered with one line where it has a response_url, and dropped.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { translator } from '../../src/i18n/index.js';
import { SLACK } from './platform.js';
import type { SlackRuntime } from './runtime.js';

interface TeamFields {
  team_id?: string;
  team?: { id?: string } | null;
  view?: { app_installed_team_id?: string };
  response_url?: string;
}

/**
 * The workspace that installed the app, as each payload type says it: a view submission names it
 * apart from the submitter's; commands and events carry team_id, interactions team.id.
 */
export function requestTeam(body: TeamFields): string | undefined {
  return body.view?.app_installed_team_id ?? body.team_id ?? body.team?.id ?? undefined;
}

export function onlyWorkspace(rt: SlackRuntime, teamId: string): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as TeamFields;
    const team = requestTeam(body);
    if (team === undefined || team === teamId) return args.next();
    rt.logger.warn({ platform: SLACK, team }, 'request from a workspace this installation does not serve');
    if ('ack' in args && typeof args.ack === 'function') await args.ack();
    // Not a user of ours: their language is unknown (users.info would need their workspace's token).
    if (body.response_url) await rt.apis.base.respond(body.response_url, { text: translator(rt.defaultLocale)('slack.other_workspace') }).catch(() => undefined);
  };
}
