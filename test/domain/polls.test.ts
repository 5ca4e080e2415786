import { describe, expect, it } from 'vitest';
import type { Voter } from '../../src/domain/ballots.js';
import { findOption, passedOption, pollResult, shownTally, tally, turnout } from '../../src/domain/polls.js';

const options = [{ id: 10, position: 1, label: 'Ja' }, { id: 11, position: 2, label: 'Nej' }, { id: 12, position: 3, label: '1' }];

describe('poll rules', () => {
  it('tallies by option and reads a winner, a tie or no votes', () => {
    const counted = tally(options, [10, 11, 10]);
    expect(counted.map((t) => t.votes)).toEqual([2, 1, 0]);
    expect(pollResult(counted)).toEqual({ kind: 'winner', option: counted[0], total: 3 });
    const tied = tally(options, [10, 11]);
    expect(pollResult(tied)).toEqual({ kind: 'tie', options: [tied[0], tied[1]], total: 2 });
    expect(pollResult(tally(options, []))).toEqual({ kind: 'none' });
  });

  it('passes only a single winner that is not a no or an abstention', () => {
    expect(passedOption(pollResult(tally(options, [10])))?.label).toBe('Ja');
    expect(passedOption(pollResult(tally(options, [11])))).toBeNull();
    expect(passedOption(pollResult(tally(options, [10, 11])))).toBeNull();
    expect(passedOption(pollResult(tally(options, [])))).toBeNull();
  });

  it('finds an option by number first, then by text', () => {
    expect(findOption(options, '1')?.id).toBe(10);
    expect(findOption(options, ' nej ')?.id).toBe(11);
    expect(findOption(options, '4')).toBeUndefined();
    expect(findOption(options, 'Kanske')).toBeUndefined();
  });

  it('counts turnout by member, or by organisation', () => {
    const voters = [
      { id: 1, organisationId: 5, name: 'anna', organisationName: 'Kommunen' },
      { id: 2, organisationId: 6, name: 'erik', organisationName: 'TRR' },
      { id: 3, organisationId: 6, name: 'lena', organisationName: 'TRR' },
    ];
    const erikOrTrr = (v: Voter) => v.id === (v.kind === 'member' ? 2 : 6);
    expect(turnout(false, voters, erikOrTrr)).toEqual({ voted: 1, eligible: 3, missing: ['anna', 'lena'] });
    expect(turnout(true, voters, erikOrTrr)).toEqual({ voted: 1, eligible: 2, missing: ['Kommunen'] });
  });

  it('shows the count recorded at close, a live count only in an open poll that is not hidden, and none in an anonymous one', () => {
    const counted = options.map((o, i) => ({ ...o, votes: [3, 1, 0][i]! }));
    const ballots = [{ optionId: 11 }, { optionId: null }];
    const poll = { status: 'open', anonymous: false, hidden: false, options: counted, ballots };
    expect(shownTally(poll)?.map((t) => t.votes)).toEqual([0, 1, 0]);
    expect(shownTally({ ...poll, hidden: true })).toBeNull();
    expect(shownTally({ ...poll, anonymous: true })).toBeNull();
    for (const kind of [{}, { hidden: true }, { anonymous: true }]) expect(shownTally({ ...poll, ...kind, status: 'closed' })?.map((t) => t.votes)).toEqual([3, 1, 0]);
  });
});
