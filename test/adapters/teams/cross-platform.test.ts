import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityText as textOf, channelMessage, ERIK, TEAM_CHANNEL } from '../../support/teams.js';
import { startCrossPlatform, type CrossPlatform } from '../../support/cross-platform.js';
import { codeIn } from '../../support/group.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';

// The console plays the second platform; the path is the same as with Slack: one case, two
// channels on two platforms, posts fanned out through the outbox.
describe('one case in a Teams channel and a channel on another platform', () => {
  let x: CrossPlatform;
  beforeEach(async () => { x = await startCrossPlatform(); });
  afterEach(async () => { await x.close(); });

  it('links a Teams channel to a case created elsewhere with a leader\'s code and approval; posts reach both', async () => {
    await x.console('anna', 'samverkan', NEW_CASE);
    const code = codeIn((await x.console('anna', 'samverkan', 'ärende kod')).join('\n'));
    await x.teams.send(channelMessage(x.teams.connector.url, ERIK, `ärende koppla ${code}`));
    expect(x.teams.connector.posted(TEAM_CHANNEL)).toEqual([]);
    // The request reached anna on the console as a direct message.
    expect(await x.tb.delivered()).toEqual([expect.objectContaining({ kind: 'dm', platform: 'console', userId: 'anna' })]);

    await x.console('anna', 'samverkan', 'medlem godkänn <at id="29:erik">Erik Lind</at> org=TRR');
    const [teamsPost] = x.teams.connector.posted(TEAM_CHANNEL);
    expect(textOf(teamsPost!)).toContain('anna godkände Erik Lind (TRR) som medlem. Teams #samverkan är nu kopplad');
    const shown = (await x.console('anna', 'samverkan', 'ärende visa')).join('\n');
    expect(shown).toContain('Medlemmar: 2');
    expect(shown).toContain('Kanaler: 2');
    expect((await x.console('anna', 'samverkan', 'ärende kanaler')).join('\n')).toContain('2. Teams #samverkan');

    // A post made from the other platform reaches the Teams channel by its stored address.
    await x.console('anna', 'samverkan', 'åtgärd ny "Starta en jobbklubb" ansvarig=@anna senast=fredag');
    expect(x.teams.connector.posted(TEAM_CHANNEL).map(textOf).at(-1)).toContain('Starta en jobbklubb');
  });
});
