import { describe, expect, it } from 'vitest';
import { findOption, passedOption, pollResult, tally, turnout } from '../../src/domain/polls.js';

const options = [{ id: 10, position: 1, label: 'Ja' }, { id: 11, position: 2, label: 'Nej' }, { id: 12, position: 3, label: '1' }];

describe('poll rules', () => {
  it('tallies by option and reads a winner, a tie or no votes', () => {
    const counted = tally(options, [{ optionId: 10 }, { optionId: 11 }, { optionId: 10 }]);
    expect(counted.map((t) => t.votes)).toEqual([2, 1, 0]);
    expect(pollResult(counted)).toEqual({ kind: 'winner', option: counted[0], total: 3 });
    const tied = tally(options, [{ optionId: 10 }, { optionId: 11 }]);
    expect(pollResult(tied)).toEqual({ kind: 'tie', options: [tied[0], tied[1]], total: 2 });
    expect(pollResult(tally(options, []))).toEqual({ kind: 'none' });
  });

  it('passes only a single winner that is not a no or an abstention', () => {
    expect(passedOption(pollResult(tally(options, [{ optionId: 10 }])))?.label).toBe('Ja');
    expect(passedOption(pollResult(tally(options, [{ optionId: 11 }])))).toBeNull();
    expect(passedOption(pollResult(tally(options, [{ optionId: 10 }, { optionId: 11 }])))).toBeNull();
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
    expect(turnout(false, [{ id: 2, organisationId: 6 }], voters)).toEqual({ voted: 1, eligible: 3, missing: ['anna', 'lena'] });
    expect(turnout(true, [{ id: 2, organisationId: 6 }], voters)).toEqual({ voted: 1, eligible: 2, missing: ['Kommunen'] });
  });
});
