// The läge card carries a button that withdraws the report it shows (issue 15): shown to everyone,
// run by a leader; a member who clicks it is refused and nothing changes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonCommands } from '../support/buttons.js';
import { setUpGroup } from '../support/group.js';
import { createTestBot, snapshot, type TestBot } from '../support/testbot.js';

describe('the withdraw button of a report', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // anna: leader (Kommunen); erik: member (Arbetsförmedlingen)
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  it('is on the läge card and withdraws that report when a leader clicks it', async () => {
    await tb.say('@erik läge rapportera tillsvidare=20 söker=100 datum=2026-11-20 källa="Arbetsförmedlingen Växjö"');
    const [answer] = await tb.say('@erik läge');
    const button = answer!.message.card!.sections.flatMap((s) => s.buttons ?? [])[0]!;
    expect(button.label).toBe('Återkalla');
    expect(buttonCommands(answer!.message)).toEqual(['läge återkalla datum=2026-11-20 källa="Arbetsförmedlingen Växjö"']);
    // A member sees it but may not use it.
    const before = await snapshot(tb.db);
    expect(await tb.text(`@erik ${button.command}`)).toMatch(/ledare/);
    expect(await snapshot(tb.db)).toEqual(before);
    const [posted] = await tb.say(button.command);
    expect(posted!.message.text).toContain('anna återkallade lägesrapporten från Arbetsförmedlingen Växjö för 2026-11-20.');
    expect(await tb.db.statusReport.count()).toBe(0);
  });

  it('is labelled and written in English for an English card', async () => {
    await tb.say('@erik läge rapportera tillsvidare=20 söker=100 datum=2026-11-20 källa=TRR');
    const [answer] = await tb.say('@erik status');
    expect(answer!.message.card!.sections.flatMap((s) => s.buttons ?? [])).toEqual([{ label: 'Withdraw', command: 'status withdraw date=2026-11-20 source=TRR', style: 'danger' }]);
    expect(answer!.message.text).toContain('[Withdraw: status withdraw date=2026-11-20 source=TRR]');
  });
});
