// Buttons end to end: a click on an action's card runs the button's command as the clicking user
// and every posted copy of the card is updated in place; a slow command never holds up the ack.
import { afterEach, describe, expect, it } from 'vitest';
import { allCommands } from '../../../src/commands/index.js';
import { gate, waitCommand } from '../../support/fixture-commands.js';
import { CHANNEL, createSlackHarness, ERIK, JOHN, type SlackHarness } from '../../support/slack-harness.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';

describe('Slack buttons and acknowledgement', () => {
  let h: SlackHarness;
  afterEach(async () => { await h.close(); });

  it('a click on an action card changes the action as the clicking member and updates the card in place', async () => {
    h = await createSlackHarness();
    await h.run(NEW_CASE);
    // Slack sends mentions as <@U…>; the adapter adds the name, so Erik is recorded as "Erik Lind".
    await h.run('medlem lägg till <@UERIK> org="TRR"');
    await h.run('åtgärd ny "Ring TRR om jobbmässan" ansvarig=<@UERIK> senast=2026-12-04');
    const card = h.fake.callsTo('chat.postMessage')[2]!;
    expect(card.args.blocks[0].text.text).toBe('Åtgärd #1: Ring TRR om jobbmässan');
    expect(JSON.stringify(card.args.blocks)).toContain('*Ansvarig*\\nErik Lind');
    const ts = [...h.fake.messages.values()].find((m) => m.text === card.args.text)!.ts;
    expect(await h.tb.db.postedMessage.findMany()).toMatchObject([{ platform: 'slack', channelId: CHANNEL.id, messageId: ts, entity: 'action' }]);

    const message = h.fake.messages.get(`${CHANNEL.id}/${ts}`)!;
    expect((await h.click(message, 'Klar', { user: ERIK, responseId: 'erik' })).status).toBe(200);
    const update = await h.fake.until(() => h.fake.callsTo('chat.update')[0]);
    expect(update.args).toMatchObject({ channel: CHANNEL.id, ts });
    expect(JSON.stringify(update.args.blocks)).toContain('*Status*\\nklar');
    expect(update.args.blocks.some((b: { type: string }) => b.type === 'actions')).toBe(false);
    expect(await h.tb.db.action.findFirstOrThrow()).toMatchObject({ status: 'done' });
    const confirmation = await h.fake.until(() => h.fake.responses.find((r) => r.id === 'erik'));
    expect(confirmation.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });

    // A click by someone outside the group is refused, only to them, and changes nothing. The
    // button's words are Swedish, but John's Slack language is English, and a click answers in it.
    await h.click(message, 'Pågår', { user: JOHN, responseId: 'john' });
    const refusal = await h.fake.until(() => h.fake.responses.find((r) => r.id === 'john'));
    expect(refusal.body.text).toContain('You are not a member');
    expect(h.fake.callsTo('chat.update')).toHaveLength(1);
    expect(await h.tb.db.action.findFirstOrThrow()).toMatchObject({ status: 'done' });
  });

  it('a vote by button changes the tally and updates the poll card in place', async () => {
    h = await createSlackHarness();
    await h.run(NEW_CASE);
    await h.run('medlem lägg till <@UERIK> org="TRR"');
    await h.run('omröstning ny "Ska vi ordna en framtidsmässa i mars?" stänger=2026-12-01');
    const card = h.fake.callsTo('chat.postMessage').at(-1)!;
    const ts = [...h.fake.messages.values()].find((m) => m.text === card.args.text)!.ts;
    expect(JSON.stringify(card.args.blocks)).toContain('0 av 2 har röstat');

    await h.click(h.fake.messages.get(`${CHANNEL.id}/${ts}`)!, 'Ja', { user: ERIK, responseId: 'vote' });
    await h.idle();
    const update = h.fake.callsTo('chat.update').at(-1)!;
    expect(update.args.ts).toBe(ts);
    expect(JSON.stringify(update.args.blocks)).toContain('1 av 2 har röstat');
    expect(await h.tb.db.ballot.count()).toBe(1);
    expect(h.fake.responses.find((r) => r.id === 'vote')!.body.text).toContain('Din röst på "Ja" i omröstning #1 är registrerad');
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
