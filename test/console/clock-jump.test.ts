// A long `:clock` jump runs each occurrence due on the way once (issue 15 follow-up): a jump from
// 23 November to 11 January posted only the digests of its last five weeks, as a case changed
// just before it was rescheduled from 35 days before the jump's end instead of its start.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpGroup } from '../support/group.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

describe('a long :clock jump', () => {
  let tb: TestBot;
  beforeEach(async () => {
    tb = await createTestBot(); // Monday 2026-11-23 09:00
    await setUpGroup(tb);
  });
  afterEach(async () => { await tb.close(); });

  it('posts every weekly digest on the way, each once, in order', async () => {
    await tb.say('åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-11-25');
    const outs = await tb.say(':clock 2027-01-11T12:00');
    const digests = outs.filter((o) => o.kind === 'post').map((o) => `${o.at} ${o.message.text.split('\n')[0]}`);
    expect(digests).toEqual([
      '2026-11-30T08:00 *Veckosammanfattning vecka 48, 23–29 november 2026 – Konga Bruk konkurs*',
      '2026-12-07T08:00 *Veckosammanfattning vecka 49, 30 november–6 december 2026 – Konga Bruk konkurs*',
      '2026-12-14T08:00 *Veckosammanfattning vecka 50, 7–13 december 2026 – Konga Bruk konkurs*',
      '2026-12-21T08:00 *Veckosammanfattning vecka 51, 14–20 december 2026 – Konga Bruk konkurs*',
      '2026-12-28T08:00 *Veckosammanfattning vecka 52, 21–27 december 2026 – Konga Bruk konkurs*',
      '2027-01-04T08:00 *Veckosammanfattning vecka 53, 28 december 2026–3 januari 2027 – Konga Bruk konkurs*',
      '2027-01-11T08:00 *Veckosammanfattning vecka 1, 4–10 januari 2027 – Konga Bruk konkurs*',
    ]);
    expect((await tb.db.jobClaim.findMany({ where: { job: 'digest' }, orderBy: { period: 'asc' } })).map((c) => c.period))
      .toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    // Nothing runs twice when the clock moves on.
    expect((await tb.say(':clock 2027-01-11T13:00')).filter((o) => o.kind === 'post')).toEqual([]);
  });
});
