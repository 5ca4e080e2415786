// The Bot Framework service delivers an activity again when it got no answer in time, and behind a
// load balancer the retry may reach another instance. Two Teams adapters on one database stand for
// two instances: a message or card action delivered to both, or twice to one, runs once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityText, cardAction, channelMessage, ERIK, personalMessage, startTeamsHarness, TEAM_CHANNEL, type TeamsHarness } from '../../support/teams.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';

describe('Teams activities delivered again', () => {
  let first: TeamsHarness;
  let second: TeamsHarness;
  beforeEach(async () => {
    first = await startTeamsHarness();
    second = await startTeamsHarness({ testBot: first.tb });
  });
  afterEach(async () => {
    await second.close();
    await first.close();
  });

  it('runs a channel message once, whichever instance the retries reach', async () => {
    await first.send(channelMessage(first.connector.url, ERIK, NEW_CASE));
    const message = channelMessage(first.connector.url, ERIK, 'omröstning ny "Ska vi ordna en jobbmässa i mars?"');
    expect((await first.send(message)).status).toBe(200);
    expect((await second.send(message)).status).toBe(200);
    expect((await first.send(message)).status).toBe(200);
    expect(await first.tb.db.poll.count()).toBe(1);
    expect(first.connector.posted(TEAM_CHANNEL).filter((c) => activityText(c).includes('jobbmässa'))).toHaveLength(1);
    expect(second.connector.calls).toEqual([]);
  });

  it('runs a card action once and answers the retry without repeating the reply', async () => {
    await first.send(channelMessage(first.connector.url, ERIK, NEW_CASE));
    const click = cardAction(first.connector.url, ERIK, 'omröstning ny "Ska vi ordna en jobbmässa i mars?"');
    const answered = await first.send(click);
    expect(answered.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    const retried = await second.send(click);
    expect(retried.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '✓' });
    expect(await first.tb.db.poll.count()).toBe(1);
    expect(first.connector.posted(TEAM_CHANNEL).filter((c) => activityText(c).includes('jobbmässa'))).toHaveLength(1);
  });

  it('tells activities apart by conversation: the same id in another conversation runs', async () => {
    // The help of one command: one message.
    const inChannel = channelMessage(first.connector.url, ERIK, 'hjälp ärende ny');
    await first.send(inChannel);
    await second.send({ ...personalMessage(first.connector.url, ERIK, 'hjälp ärende ny'), id: inChannel.id });
    expect(first.connector.posted(inChannel.conversation.id)).toHaveLength(1);
    expect(first.connector.posted('a:personal-erik')).toHaveLength(1);
  });
});
