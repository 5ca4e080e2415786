// Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer) in
// free text. The group's texts travel to channels, direct messages and minutes that may be published,
// so a text carrying one is refused rather than stored. A number counts when its date exists (a
// coordination number adds 60 to the day) and its last digit is the Luhn check digit of the other
// nine; organisation numbers (month 20 or more) and most phone numbers fail one of the two.
import { isValidDate } from '../time/local-date.js';

/** 6 or 8 date digits, an optional separator (`-`, `+` or a space), 4 digits; not inside a longer number. */
const CANDIDATE = /(?<![\d])(\d{2})?(\d{2})(\d{2})(\d{2})\s?[-+]?\s?(\d{3})(\d)(?![\d])/g;

function luhnDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < nine.length; i++) {
    const d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - (sum % 10)) % 10;
}

export interface PersonalNumber {
  kind: 'personal' | 'coordination';
  /** The date part as written, the last four digits hidden: what an answer may show. */
  masked: string;
}

/** The first personal identity or coordination number in the text, if any. */
export function findPersonalNumber(text: string): PersonalNumber | null {
  for (const m of text.matchAll(CANDIDATE)) {
    const [, century, yy, mm, dd, serial, check] = m as unknown as string[];
    const month = Number(mm);
    const rawDay = Number(dd);
    const coordination = rawDay > 60;
    const day = coordination ? rawDay - 60 : rawDay;
    // Without a century either one may be meant; 29 February needs a leap year in one of them.
    const years = century ? [Number(century + yy)] : [1900 + Number(yy), 2000 + Number(yy)];
    if (!years.some((y) => isValidDate(y, month, day))) continue;
    if (luhnDigit(`${yy}${mm}${dd}${serial}`) !== Number(check)) continue;
    return { kind: coordination ? 'coordination' : 'personal', masked: `${century ?? ''}${yy}${mm}${dd}-****` };
  }
  return null;
}
