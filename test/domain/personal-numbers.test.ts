import { describe, expect, it } from 'vitest';
import { findPersonalNumber } from '../../src/domain/personal-numbers.js';

describe('personal identity numbers in text', () => {
  it.each([
    ['811218-9876', '811218-****'],
    ['8112189876', '811218-****'],
    ['19811218-9876', '19811218-****'],
    ['198112189876', '19811218-****'],
    ['811218+9876', '811218-****'], // over 100 years old
    ['811218 9876', '811218-****'],
    ['Kontakta Anna (811218-9876) om praktik', '811218-****'],
    ['000229-2910', '000229-****'], // 29 February 2000
  ])('finds %s', (text, masked) => {
    expect(findPersonalNumber(text)).toEqual({ kind: 'personal', masked });
  });

  it('finds a coordination number (day plus 60)', () => {
    expect(findPersonalNumber('samordningsnummer 811278-9873')).toEqual({ kind: 'coordination', masked: '811278-****' });
  });

  it.each([
    ['811218-9875', 'a wrong check digit'],
    ['556012-5790', 'an organisation number (month 60)'],
    ['811232-1234', 'a day that does not exist'],
    ['19000229-2910', '29 February of a year that is no leap year'],
    ['2811218-98760', 'digits inside a longer number'],
    ['2026-12-05 kl 13:00, 211 berörda, 37 i arbete', 'dates and counts'],
  ])('ignores %s (%s)', (text) => {
    expect(findPersonalNumber(text)).toBeNull();
  });
});
