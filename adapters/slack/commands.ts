// `/samverkan …` and the buttons of posted cards: both run a command line through the core as the
// user, in the channel, after acknowledging the request first (Slack wants that within 3 s).
import type { App } from '@slack/bolt';
import { answerRequest } from './run.js';
import { COMMAND_ACTION_PREFIX } from './blocks.js';
import { repeated } from './dedupe.js';
import { formForLine } from './forms.js';
import { actorTeam, isText } from './inbound.js';
import { SLACK } from './platform.js';
import { requestTeam } from './workspace.js';
import { openForm } from './modals.js';
import type { SlackRuntime } from './runtime.js';
import { stripReserved } from '../../src/text/reserved.js';

export const SLASH_COMMAND = '/samverkan';

export function registerCommands(app: App, rt: SlackRuntime): void {
  app.command(SLASH_COMMAND, async ({ command, ack, body }) => {
    await ack();
    if (await repeated(rt, body)) return;
    // A form field given twice arrives as an array; Slack never does that, so such a text is
    // treated as no command (the user is told what to type) rather than trusted or failing.
    const text = typeof command.text === 'string' ? command.text : '';
    // Without a single user and channel there is no one to act as: nothing runs.
    // A slash command is only offered in the user's own workspace, so team_id is theirs.
    if (!isText(command.user_id) || !isText(command.channel_id) || !isText(command.team_id)) return void rt.logger.warn({ platform: SLACK }, 'slash command without a user, team or channel ignored');
    const request = {
      user: { id: command.user_id, team: command.team_id, name: isText(command.user_name) ? command.user_name : command.user_id },
      channel: { id: command.channel_id, team: command.team_id, ...(isText(command.channel_name) ? { name: command.channel_name } : {}) },
      text: await rt.people.commandLine(command.team_id, text),
      ...(isText(command.response_url) ? { responseUrl: command.response_url } : {}),
    };
    const form = formForLine(rt.registry, text);
    if (form) await openForm(rt, form, request, command.trigger_id);
    else await answerRequest(rt, request);
  });

  app.action(new RegExp(`^${COMMAND_ACTION_PREFIX}`), async ({ ack, body, action }) => {
    await ack();
    if (await repeated(rt, body)) return;
    if (body.type !== 'block_actions' || action.type !== 'button' || !isText(action.value) || !isText(body.channel?.id) || !isText(body.user?.id)) return;
    const team = actorTeam(body);
    const installed = requestTeam(body);
    if (!team || !installed) return;
    const name = [body.user.username, body.user.name].find(isText) ?? body.user.id;
    await answerRequest(rt, {
      user: { id: body.user.id, team, name },
      channel: { id: body.channel.id, team: installed, ...(isText(body.channel.name) ? { name: body.channel.name } : {}) },
      // The bot's own command line, as the button carries it (not Slack-formatted text).
      text: stripReserved(action.value),
      ...(isText(body.response_url) ? { responseUrl: body.response_url } : {}),
      clicked: true,
    });
  });
}
