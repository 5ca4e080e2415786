// Slack payloads → the neutral InboundEvent.
import type { InboundEvent } from '../../src/core/event.js';
import type { SlackProfile } from './api.js';
import { SLACK } from './platform.js';

/** What the adapter needs of a slash command, a button click or a form submission. */
/** A Slack user as the bot tells people apart: the id within its workspace (team). */
export interface SlackUser {
  id: string;
  team: string;
}

export interface SlackChannel {
  id: string;
  name?: string;
  team: string;
}

export interface CommandRequest {
  /** `team` is the user's own workspace, which in a shared channel may not be the channel's. */
  user: SlackUser & { name: string };
  /** `team` is the workspace whose installation received the request: its token serves the channel. */
  channel: SlackChannel;
  /** The command line, without `/samverkan`: neutral text (src/text/), mentions as tokens. */
  text: string;
  /** Set for slash commands and message buttons: answers only the sender sees go there. */
  responseUrl?: string;
  /** The line is a button's command. */
  clicked?: boolean;
}

/**
 * A string as Slack always sends an id or a URL. A signed request can still lack one or carry
 * another type (a field given twice arrives as an array); the handlers drop such a request rather
 * than fail inside the core.
 */
export const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * The workspace of the user who clicked or submitted: `user.team_id` in block_actions and
 * view_submission (`team` there is the app's workspace, which in a shared channel differs).
 */
export function actorTeam(body: { user?: { team_id?: unknown } | null; team?: { id?: unknown } | null }): string | undefined {
  return [body.user?.team_id, body.team?.id].find(isText);
}

// Names Slack's slash command payload gives to conversations that have none to show.
const NO_NAME = new Set(['directmessage', 'privategroup']);

export function toInboundEvent(req: CommandRequest, profile: SlackProfile, text: string): InboundEvent {
  const name = req.channel.name && !NO_NAME.has(req.channel.name) ? req.channel.name : undefined;
  return {
    platform: SLACK,
    user: { id: req.user.id, tenant: req.user.team, name: profile.name, ...(profile.locale ? { locale: profile.locale } : {}) },
    // The address a linked channel keeps: the workspace whose bot token posts there.
    channel: { id: req.channel.id, ...(name ? { name } : {}), direct: req.channel.id.startsWith('D'), address: req.channel.team },
    text,
    ...(req.clicked ? { clicked: true } : {}),
  };
}
