// The app manifest agrees with the adapter: the command it registers, the path it serves, the
// event it listens to, and a scope for every Web API method it calls.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../../adapters/slack/app.js';
import { SLASH_COMMAND } from '../../../adapters/slack/commands.js';
import { BOT_SCOPES, REDIRECT_PATH } from '../../../adapters/slack/oauth.js';
import { projectRoot } from '../../../src/store/paths.js';

const manifest = readFileSync(join(projectRoot, 'adapters', 'slack', 'manifest.yml'), 'utf8');
const listUnder = (key: string) => {
  const block = new RegExp(`\\n(\\s*)${key}:\\n((?:\\1  - .*\\n)+)`).exec(manifest);
  return block ? block[2]!.split('\n').filter(Boolean).map((l) => l.replace(/^\s*- /, '').trim()) : [];
};

describe('Slack app manifest', () => {
  it('registers the slash command the adapter listens to, with escaped mentions', () => {
    expect(manifest).toContain(`- command: ${SLASH_COMMAND}\n`);
    expect(manifest).toMatch(/should_escape: true/);
  });

  it('sends commands, interactivity and events to the path the adapter serves, and OAuth to its redirect route', () => {
    const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map((m) => new URL(m[1]!).pathname);
    expect(urls).toEqual([SLACK_EVENTS_PATH, SLACK_EVENTS_PATH, SLACK_EVENTS_PATH]);
    expect(listUnder('redirect_urls').map((u) => new URL(u).pathname)).toEqual([REDIRECT_PATH]);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  });

  it('subscribes to app_home_opened, to the uninstall events that delete an installation and to the Slack Connect sharing events, and has the home tab', () => {
    expect(listUnder('bot_events')).toEqual(['app_home_opened', 'app_uninstalled', 'tokens_revoked', 'channel_shared', 'channel_unshared']);
    expect(manifest).toMatch(/home_tab_enabled: true/);
  });

  it('asks for the scopes of every Web API method the adapter calls, and no others', () => {
    // chat.postMessage/update/postEphemeral: chat:write (+ .public to post without joining);
    // conversations.open: im:write; users.info: users:read; files.uploadV2: files:write;
    // conversations.history (what a repeated delivery already posted): channels/groups/im:history;
    // channel_shared/channel_unshared events (Slack Connect): channels/groups:read.
    expect(listUnder('bot').sort()).toEqual(['channels:history', 'channels:read', 'chat:write', 'chat:write.public', 'commands', 'files:write', 'groups:history', 'groups:read', 'im:history', 'im:write', 'users:read']);
    // An OAuth install asks for the same.
    expect([...BOT_SCOPES].sort()).toEqual(listUnder('bot').sort());
  });

  it('states the Socket Mode flag', () => {
    expect(manifest).toMatch(/socket_mode_enabled: (true|false)/);
  });
});
