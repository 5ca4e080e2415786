import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityText as textOf, channelMessage, ERIK, TEAM_CHANNEL } from '../../support/teams.js';
import { startCrossPlatform, type CrossPlatform } from '../../support/cross-platform.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';

// The console plays the second platform until the Slack adapter lands; the path is the same:
// one case, two channels on two platforms, posts fanned out through the Dispatcher.
describe('one case in a Teams channel and a channel on another platform', () => {
  let x: CrossPlatform;
  beforeEach(async () => { x = await startCrossPlatform(); });
  afterEach(async () => { await x.close(); });

  it('links a Teams channel to a case created elsewhere with its join code; posts reach both', async () => {
    const [created] = await x.console('anna', 'samverkan', NEW_CASE);
    const code = /koppla ([A-Z0-9]{6})/.exec(created!)![1]!;
    await x.teams.send(channelMessage(x.teams.connector.url, ERIK, `ärende koppla ${code}`));
    const [teamsPost] = x.teams.connector.posted(TEAM_CHANNEL);
    expect(textOf(teamsPost!)).toContain('Erik Lind');
    expect(x.others.console!.delivered).toEqual([expect.objectContaining({ kind: 'post', platform: 'console', channelId: 'samverkan' })]);

    const shown = (await x.console('anna', 'samverkan', 'ärende visa')).join('\n');
    expect(shown).toContain('Medlemmar: 2');
    expect(shown).toMatch(/Teams #samverkan/);

    // A post made from the other platform reaches the Teams channel by its stored address.
    await x.console('bo', 'tredje', `ärende koppla ${code}`);
    expect(x.teams.connector.posted(TEAM_CHANNEL).map(textOf).at(-1)).toContain('bo');
  });
});
