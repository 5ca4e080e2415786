// The same scenario typed in the console and sent over Slack ends in the same state. Today's
// scenario uses the commands on this branch (case, members, actions, a second channel, the clock);
// the meeting cycle of the workflows issue is run the same way once its commands are merged.
import { afterEach, describe, expect, it } from 'vitest';
import { domainState, runOnConsole, runOnSlack } from '../../support/parity.js';
import type { SlackHarness } from '../../support/slack-harness.js';
import type { TestBot } from '../../support/testbot.js';

const SCENARIO = `
/samverkan ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70 inom=8 org=Kommunen
/samverkan medlem lägg till @erik org="Arbetsförmedlingen" roll=medlem
/samverkan medlem lägg till @sara org=TRR roll=ledare
/samverkan medlem lägg till @olle org=Facket roll=observatör
/samverkan åtgärd ny "Boka lokal för jobbmässan" ansvarig=@erik senast=fredag
@erik /samverkan åtgärd ny "Ring Försäkringskassan" ansvarig=@anna org=FK senast="5 dec"
@sara /samverkan åtgärd ny "Skriv inbjudan" ansvarig=@sara senast=imorgon
@erik /samverkan åtgärd status 1 pågår
@erik /samverkan åtgärd kommentar 1 "Lokalen är bokad"
@olle /samverkan åtgärd klar 1
:clock 2026-11-30T09:00
/samverkan åtgärd flytta 2 2026-12-11
@sara /samverkan åtgärd klar 3
/samverkan åtgärd lista försenade
/samverkan medlem ta bort @olle
/samverkan ärende kod giltig=48
/samverkan ärende kod återkalla
/samverkan ärende kod
/samverkan ärende kanaler
#tredje
@nils /samverkan ärende koppla ABCDE-FGHJK
/samverkan ärende visa
`;

describe('console and Slack parity', () => {
  let tb: TestBot;
  let h: SlackHarness;
  afterEach(async () => {
    await tb.close();
    await h.close();
  });

  it('ends in the same state whether the scenario is typed in the console or sent over Slack', async () => {
    tb = await runOnConsole(SCENARIO);
    h = await runOnSlack(SCENARIO);
    const onConsole = await domainState(tb.db);
    const onSlack = await domainState(h.tb.db);
    expect(onSlack).toEqual(onConsole);
    // The scenario did something: the comparison is not of two empty databases.
    expect(onConsole.Action).toHaveLength(3);
    expect(onConsole.Member).toHaveLength(4);
    expect((onConsole.Action as { status: string }[]).map((a) => a.status)).toEqual(['in_progress', 'open', 'done']);
    expect(onConsole.ActionComment).toHaveLength(1);
    expect((onConsole.JoinCode as { revokedAt: unknown }[]).map((c) => c.revokedAt !== null)).toEqual([true, false]);
    expect(onConsole.LinkFailure).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage').length).toBeGreaterThan(5);
  });
});
