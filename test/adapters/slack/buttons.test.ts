// Buttons end to end: a click runs the button's command as the clicking user and every posted copy
// of the card is updated in place; and a slow command never holds up the acknowledgement.
import { afterEach, describe, expect, it } from 'vitest';
import { allCommands } from '../../../src/commands/index.js';
import { counterAdd, counterNew, gate, waitCommand } from '../../support/fixture-commands.js';
import { CHANNEL, createSlackHarness, ERIK, type SlackHarness } from '../../support/slack-harness.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';

describe('Slack buttons and acknowledgement', () => {
  let h: SlackHarness;
  afterEach(async () => { await h.close(); });

  it('a click changes state as the clicking member and updates the posted card in place', async () => {
    h = await createSlackHarness({ commands: [...allCommands, counterNew, counterAdd] });
    await h.slash(NEW_CASE);
    await h.fake.until(() => h.fake.callsTo('chat.postMessage')[0]);
    await h.slash('räknare ny');
    await h.logs.until((l) => l.msg === 'output delivered' && l.kind === 'post', 2);
    const posted = h.fake.callsTo('chat.postMessage')[1]!;
    const ts = [...h.fake.messages.values()].find((m) => m.text === 'Räknare: 0')!.ts;
    expect(posted.args.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ type: 'button', value: 'räknare öka', text: { text: 'Öka' } }] });
    expect(await h.tb.db.postedMessage.findMany()).toMatchObject([{ platform: 'slack', channelId: CHANNEL.id, messageId: ts, entity: 'action', entityId: 1 }]);

    const message = h.fake.messages.get(`${CHANNEL.id}/${ts}`)!;
    expect((await h.click(message, 'Öka')).status).toBe(200);
    const update = await h.fake.until(() => h.fake.callsTo('chat.update')[0]);
    expect(update.args).toMatchObject({ channel: CHANNEL.id, ts, text: 'Räknare: 1' });
    expect(JSON.stringify(update.args.blocks)).toContain('*Antal*\\n1');
    expect(await h.tb.db.caseSetting.findFirst()).toMatchObject({ name: 'counter', value: '1' });
    expect((await h.tb.db.auditEntry.findMany({ where: { action: 'counter.add' } })).map((a) => a.actorId)).toHaveLength(1);

    // A second click on the updated card by a non-member is refused, ephemerally, and changes nothing.
    await h.click(h.fake.messages.get(`${CHANNEL.id}/${ts}`)!, 'Öka', { user: ERIK, responseId: 'erik' });
    const refusal = await h.fake.until(() => h.fake.responses.find((r) => r.id === 'erik'));
    expect(refusal.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(refusal.body.text).toContain('inte medlem');
    expect(h.fake.callsTo('chat.update')).toHaveLength(1);
    expect(await h.tb.db.caseSetting.findFirst()).toMatchObject({ value: '1' });
  });

  it('acknowledges a slash command before a slow handler finishes, then answers through response_url', async () => {
    const slow = gate();
    let finished = false;
    h = await createSlackHarness({ commands: [...allCommands, waitCommand(slow.promise, () => { finished = true; })] });
    const answer = await h.slash('vänta', { responseId: 'slow' });
    expect(answer.status).toBe(200);
    expect(finished).toBe(false);
    slow.open();
    const { body } = await h.fake.until(() => h.fake.responses.find((r) => r.id === 'slow'));
    expect(finished).toBe(true);
    expect(body).toMatchObject({ response_type: 'ephemeral', text: 'klart' });
  });
});
