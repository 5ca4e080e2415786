import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { voterKey } from '../../src/domain/ballots.js';

describe('voter keys', () => {
  it('depend on the secret, the poll and the voter, and are not a plain hash', () => {
    const key = voterKey('secret-one-0123456789', 4, { kind: 'member', id: 7 });
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(voterKey('secret-one-0123456789', 4, { kind: 'member', id: 7 })).toBe(key);
    expect(voterKey('secret-two-0123456789', 4, { kind: 'member', id: 7 })).not.toBe(key);
    expect(voterKey('secret-one-0123456789', 5, { kind: 'member', id: 7 })).not.toBe(key);
    expect(voterKey('secret-one-0123456789', 4, { kind: 'organisation', id: 7 })).not.toBe(key);
    expect(createHash('sha256').update('4:7').digest('hex')).not.toBe(key);
  });
});
