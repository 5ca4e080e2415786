// A collaboration group to test against: a case in #samverkan with a leader, a member and an
// observer from three organisations, all on the console.
import type { Output } from '../../src/core/event.js';
import type { TestBot } from './testbot.js';

export const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs org=Kommunen';

/** anna: leader (Kommunen, created the case); erik: member (Arbetsförmedlingen); sara: observer (TRR). */
export async function setUpGroup(tb: TestBot): Promise<void> {
  await tb.run([NEW_CASE, 'medlem lägg till @erik org="Arbetsförmedlingen"', 'medlem lägg till @sara org=TRR roll=observatör'].join('\n'));
}

/** Every output of a command by `user` in #samverkan, including the in-place updates the console does not print. */
export async function outputsOf(tb: TestBot, user: string, text: string): Promise<Output[]> {
  return tb.bot.handle({ platform: 'console', user: { id: user, name: user }, channel: { id: 'samverkan', name: 'samverkan' }, text });
}
