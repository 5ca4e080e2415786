// Slack's inbound payloads in their real shapes (as documented and as Slack sends them), with the
// parts a test varies as parameters.
import { createHmac } from 'node:crypto';
import { BOT, type FakeUser } from './fake-slack.js';

export interface Channel {
  id: string;
  name: string;
  /** The workspace the channel is in; the bot's own (BOT.teamId) when not given. */
  team?: string;
}

const APP_ID = 'A0SAMVERKAN';
const VERIFICATION_TOKEN = 'gIkuvaNzQIHg97ATvDxqgjtO';
let sequence = 0;
const next = () => ++sequence;

export const triggerId = () => `${13345224609 + next()}.738474920.8088930838d88f008e0`;

/** The form body of a slash command (application/x-www-form-urlencoded). */
export function slashCommand(user: FakeUser, channel: Channel, text: string, responseUrl: string, trigger = triggerId()): Record<string, string> {
  return {
    token: VERIFICATION_TOKEN,
    // A slash command is offered only in the user's own workspace.
    team_id: user.team ?? BOT.teamId,
    team_domain: 'example',
    channel_id: channel.id,
    channel_name: channel.name,
    user_id: user.id,
    user_name: user.name,
    command: '/samverkan',
    text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: trigger,
  };
}

/** A posted message as it comes back inside an interaction payload. */
export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks?: any[];
}

/** The `payload` of a click on a button of a posted message. */
export function blockActions(user: FakeUser, channel: Channel, message: PostedMessage, button: any, responseUrl: string): Record<string, unknown> {
  const block = message.blocks?.find((b) => b.elements?.includes(button));
  return {
    type: 'block_actions',
    // `team` is the app's workspace, `user.team_id` the clicker's (they differ in a shared channel).
    user: { id: user.id, username: user.name, name: user.name, team_id: user.team ?? BOT.teamId },
    api_app_id: APP_ID,
    token: VERIFICATION_TOKEN,
    container: { type: 'message', message_ts: message.ts, channel_id: channel.id, is_ephemeral: false },
    trigger_id: triggerId(),
    team: { id: channel.team ?? BOT.teamId, domain: 'example' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel.id, name: channel.name },
    message: { type: 'message', subtype: 'bot_message', text: message.text, ts: message.ts, bot_id: BOT.botId, blocks: message.blocks },
    state: { values: {} },
    response_url: responseUrl,
    actions: [{
      action_id: button.action_id,
      block_id: block?.block_id ?? 'b1',
      text: { ...button.text, emoji: true },
      value: button.value,
      ...(button.style ? { style: button.style } : {}),
      type: 'button',
      action_ts: `${1_790_000_000 + next()}.000300`,
    }],
  };
}

/** The `payload` of a modal submission; `values` is view.state.values as Slack builds it. */
export function viewSubmission(user: FakeUser, view: any, values: Record<string, Record<string, unknown>>): Record<string, unknown> {
  return {
    type: 'view_submission',
    // `team` is the submitter's workspace; the installing one is view.app_installed_team_id.
    team: { id: user.team ?? BOT.teamId, domain: 'example' },
    user: { id: user.id, username: user.name, name: user.name, team_id: user.team ?? BOT.teamId },
    api_app_id: APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: triggerId(),
    view: {
      id: `V${next()}`, team_id: BOT.teamId, type: 'modal', blocks: view.blocks, private_metadata: view.private_metadata,
      callback_id: view.callback_id, state: { values }, hash: `${next()}.abc`, title: view.title, clear_on_close: false,
      notify_on_close: false, close: view.close, submit: view.submit, previous_view_id: null, root_view_id: `V${next()}`,
      app_id: APP_ID, external_id: '', app_installed_team_id: BOT.teamId, bot_id: BOT.botId,
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** An Events API delivery (application/json) of app_home_opened. */
export function appHomeOpened(user: FakeUser, eventId: string): Record<string, unknown> {
  return {
    token: VERIFICATION_TOKEN,
    team_id: BOT.teamId,
    api_app_id: APP_ID,
    event: { type: 'app_home_opened', user: user.id, channel: `D${user.id.slice(1)}`, tab: 'home', event_ts: `${1_790_000_000 + next()}.000400` },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_790_000_000,
    authorizations: [{ enterprise_id: null, team_id: BOT.teamId, user_id: BOT.userId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: '4-eyJldCI6ImFwcF9ob21lX29wZW5lZCJ9',
  };
}

/** POSTs a body to a Slack endpoint of ours as Slack does: timestamped and signed (v0 HMAC). */
export async function postSigned(url: string, secret: string, body: string, contentType = 'application/x-www-form-urlencoded'): Promise<Response> {
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return fetch(url, { method: 'POST', headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature }, body });
}

/**
 * An Events API delivery of channel_shared (`team` joined the channel) or channel_unshared (`team`
 * left it), as the installation of `receivedBy` gets it: one entry in `authorizations`.
 */
export function channelSharing(kind: 'shared' | 'unshared', channel: string, team: string, receivedBy: string, eventId: string): Record<string, unknown> {
  const event_ts = `${1_790_000_000 + next()}.001100`;
  return {
    token: VERIFICATION_TOKEN,
    team_id: receivedBy,
    api_app_id: APP_ID,
    event: kind === 'shared'
      ? { type: 'channel_shared', connected_team_id: team, channel, event_ts }
      : { type: 'channel_unshared', previously_connected_team_id: team, channel, is_ext_shared: false, event_ts },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_790_000_000,
    authorizations: [{ enterprise_id: null, team_id: receivedBy, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: kind === 'shared',
  };
}
