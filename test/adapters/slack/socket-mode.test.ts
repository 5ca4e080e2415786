// Socket Mode: with an app-level token the adapter opens a WebSocket (apps.connections.open) and
// Slack's envelopes arrive there instead of over HTTP; each is acknowledged by its envelope id.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANNA, CHANNEL, createSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { appHomeOpened, slashCommand } from '../../support/slack-payloads.js';

describe('Slack in Socket Mode', () => {
  let h: SlackHarness;
  beforeEach(async () => { h = await createSlackHarness({ socketMode: true }); });
  afterEach(async () => { await h.close(); });

  it('connects with the app token and serves no HTTP route', async () => {
    const open = h.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(h.adapter.routes).toEqual({});
  });

  it('acknowledges a slash command envelope at once and answers through response_url', async () => {
    const socket = h.fake.socketMode;
    const id = socket.envelope('slash_commands', slashCommand(ANNA, CHANNEL, 'hjälp', h.fake.responseUrl('socket')));
    expect(await socket.ackOf(id)).toEqual({ envelope_id: id, payload: {} });
    const { body } = await h.fake.until(() => h.fake.responses.find((r) => r.id === 'socket'));
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('Samverkan – kommandon');
  });

  it('publishes the home tab for an events_api envelope', async () => {
    const socket = h.fake.socketMode;
    socket.envelope('events_api', appHomeOpened(ANNA, 'Ev-socket'));
    const publish = await h.fake.until(() => h.fake.callsTo('views.publish')[0]);
    expect(publish.args.user_id).toBe(ANNA.id);
  });
});
