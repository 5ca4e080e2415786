// Where an answer only the sender may see goes: response_url, else an ephemeral message, else a
// DM; and the files of such an answer, which an ephemeral message cannot carry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allCommands } from '../../../src/commands/index.js';
import { fileReply } from '../../support/fixture-commands.js';
import { ANNA, CHANNEL, createSlackHarness, type SlackHarness } from '../../support/slack-harness.js';

describe('Slack private answers', () => {
  let h: SlackHarness;
  beforeEach(async () => { h = await createSlackHarness({ commands: [...allCommands, fileReply] }); });
  afterEach(async () => { await h.close(); });

  it('answers ephemerally in the channel when the response_url has expired', async () => {
    h.fake.expire('old');
    await h.run('hjälp ärende visa', { responseId: 'old' });
    expect(h.fake.responses).toEqual([]);
    const [ephemeral] = h.fake.callsTo('chat.postEphemeral');
    expect(ephemeral!.args).toMatchObject({ channel: CHANNEL.id, user: ANNA.id });
    expect(JSON.stringify(ephemeral!.args.blocks)).toContain('ärende visa');
  });

  it('answers in a DM where Slack refuses an ephemeral message too', async () => {
    h.fake.expire('old');
    h.fake.fail('chat.postEphemeral', { error: 'channel_not_found' });
    await h.run('hjälp ärende visa', { responseId: 'old' });
    expect(h.fake.callsTo('conversations.open').map((c) => c.args.users)).toEqual([ANNA.id]);
    const [dm] = h.fake.callsTo('chat.postMessage');
    expect(dm!.args.channel).toBe('DANNA');
    expect(JSON.stringify(dm!.args.blocks)).toContain('ärende visa');
  });

  it('shows the text of a reply with files ephemerally and uploads the files to the sender\'s DM', async () => {
    await h.run('fil', { responseId: 'export' });
    expect(h.fake.responses.find((r) => r.id === 'export')!.body).toMatchObject({ response_type: 'ephemeral', text: 'Exporten' });
    expect(h.fake.callsTo('files.completeUploadExternal')[0]!.args.channel_id).toBe('DANNA');
    expect(h.fake.uploads.map((u) => [u.filename, u.bytes.toString('utf8')])).toEqual([['atgarder.csv', 'nr;text\n1;Ring TRR\n']]);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});
