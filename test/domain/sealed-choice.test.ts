import { describe, expect, it } from 'vitest';
import { choicesOf, voterKey } from '../../src/domain/ballots.js';
import { openChoice, SEALED_BYTES, sealChoice } from '../../src/domain/sealed-choice.js';

const SECRET = 'secret-one-0123456789';
const KEY = voterKey(SECRET, 4, { kind: 'member', id: 7 });

describe('sealed choices', () => {
  it('are all as long, whatever was chosen, and differ every time, the same choice too', () => {
    const sealed = [1, 9, 10, 300, 70_000, 1, 1].map((id) => sealChoice(SECRET, 4, KEY, id));
    expect(new Set(sealed.map((s) => s.length))).toEqual(new Set([SEALED_BYTES]));
    expect(new Set(sealed.map((s) => Buffer.from(s).toString('hex'))).size).toBe(sealed.length);
  });

  it('open with the secret, for their own poll and row only', () => {
    const sealed = sealChoice(SECRET, 4, KEY, 12);
    expect(openChoice(SECRET, 4, KEY, sealed)).toBe(12);
    expect(openChoice('secret-two-0123456789', 4, KEY, sealed)).toBeNull();
    expect(openChoice(SECRET, 5, KEY, sealed)).toBeNull();
    expect(openChoice(SECRET, 4, voterKey(SECRET, 4, { kind: 'member', id: 8 }), sealed)).toBeNull();
    const tampered = Uint8Array.from(sealed);
    tampered[13]! ^= 1;
    expect(openChoice(SECRET, 4, KEY, tampered)).toBeNull();
  });

  it('count only when every one opens: a poll sealed under another secret is not counted at all', () => {
    const other = voterKey(SECRET, 4, { kind: 'member', id: 8 });
    const ballots = [{ voterKey: KEY, optionId: null, sealed: sealChoice(SECRET, 4, KEY, 12) }, { voterKey: other, optionId: null, sealed: sealChoice(SECRET, 4, other, 13) }];
    expect(choicesOf(SECRET, { id: 4, anonymous: true, ballots })).toEqual([12, 13]);
    expect(choicesOf('secret-two-0123456789', { id: 4, anonymous: true, ballots })).toBeNull();
    expect(choicesOf('secret-two-0123456789', { id: 4, anonymous: false, ballots: [{ voterKey: KEY, optionId: 12, sealed: null }] })).toEqual([12]);
  });
});
