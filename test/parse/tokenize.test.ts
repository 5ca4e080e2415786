import { describe, expect, it } from 'vitest';
import { mentionList, parseMention, tokenize, type TokenizeOptions } from '../../src/parse/tokenize.js';
import { mentionToken } from '../../src/text/mention.js';

const tokens = (line: string, options?: TokenizeOptions) => {
  const r = tokenize(line, options);
  if (!r.ok) throw new Error(r.error);
  return r.tokens;
};

describe('tokenize', () => {
  it('splits words, quoted texts and key=value pairs', () => {
    expect(tokens('ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211')).toEqual([
      { type: 'word', value: 'ärende' },
      { type: 'word', value: 'ny' },
      { type: 'text', value: 'Konga Bruk konkurs' },
      { type: 'pair', key: 'företag', value: 'Konga Bruk AB' },
      { type: 'pair', key: 'kommun', value: 'Tingsryd' },
      { type: 'pair', key: 'berörda', value: '211' },
    ]);
  });

  it('keeps a comma-separated run of mentions after a key as one value, and reads it as a list', () => {
    const slack = mentionToken({ platform: 'slack', id: 'U1', name: 'Sara' });
    expect(tokens(`möte närvaro 2 närvarande=@anna,<@U9|erik>,${slack} frånvarande=@olle`)).toEqual([
      { type: 'word', value: 'möte' },
      { type: 'word', value: 'närvaro' },
      { type: 'word', value: '2' },
      { type: 'pair', key: 'närvarande', value: `@anna,<@U9|erik>,${slack}` },
      { type: 'pair', key: 'frånvarande', value: '@olle' },
    ]);
    expect(mentionList(`@anna,<@U9|erik>, ${slack}`)).toEqual([
      { platform: 'console', id: 'anna', name: 'anna' },
      { platform: 'slack', id: 'U9', name: 'erik' },
      { platform: 'slack', id: 'U1', name: 'Sara' },
    ]);
    expect(mentionList('@anna,erik')).toBeNull();
    // A comma not followed by a mention ends the value, as before.
    expect(tokens('ansvarig=@anna, x')).toEqual([{ type: 'pair', key: 'ansvarig', value: '@anna' }, { type: 'word', value: ',' }, { type: 'word', value: 'x' }]);
  });

  it('accepts typographic quotes and lower-cases keys', () => {
    expect(tokens('åtgärd ny ”Boka lokal” Senast=5/12')).toEqual([
      { type: 'word', value: 'åtgärd' },
      { type: 'word', value: 'ny' },
      { type: 'text', value: 'Boka lokal' },
      { type: 'pair', key: 'senast', value: '5/12' },
    ]);
  });

  it('keeps an empty quoted text and an empty value', () => {
    expect(tokens('x "" k=')).toEqual([{ type: 'word', value: 'x' }, { type: 'text', value: '' }, { type: 'pair', key: 'k', value: '' }]);
  });

  it('recognises console, Slack and Teams mentions, also as values', () => {
    expect(tokens('@anna <@U123ABC> <@U9|erik> <at>Maria Holm</at> <at id="29:1x">Bo</at>', { typedMentionsInText: true })).toEqual([
      { type: 'mention', mention: { platform: 'console', id: 'anna', name: 'anna' } },
      { type: 'mention', mention: { platform: 'slack', id: 'U123ABC' } },
      { type: 'mention', mention: { platform: 'slack', id: 'U9', name: 'erik' } },
      { type: 'mention', mention: { platform: 'teams', name: 'Maria Holm' } },
      { type: 'mention', mention: { platform: 'teams', id: '29:1x', name: 'Bo' } },
    ]);
    expect(tokens('ansvarig=<at>Maria Holm</at>')).toEqual([{ type: 'pair', key: 'ansvarig', value: '<at>Maria Holm</at>' }]);
    expect(parseMention('<@U1|a>')).toEqual({ platform: 'slack', id: 'U1', name: 'a' });
    expect(parseMention('anna')).toBeNull();
  });

  it('reads a mention token from an adapter as a mention, also inside a quoted text', () => {
    const erik = mentionToken({ platform: 'slack', id: 'UERIK', name: 'Erik "E" Lind' });
    expect(tokens(`åtgärd ny "Ring ${erik} idag" ansvarig=${erik}`)).toEqual([
      { type: 'word', value: 'åtgärd' },
      { type: 'word', value: 'ny' },
      { type: 'text', value: `Ring ${erik} idag` },
      { type: 'pair', key: 'ansvarig', value: erik },
    ]);
    expect(tokens(erik)).toEqual([{ type: 'mention', mention: { platform: 'slack', id: 'UERIK', name: 'Erik "E" Lind' } }]);
  });

  it('turns typed mentions in quoted text into tokens in the console only; elsewhere a typed mention keeps its text for free text', () => {
    expect(tokens('"Ring @erik och <at>Bo</at>, mejla a@b.se"', { typedMentionsInText: true })).toEqual([
      { type: 'text', value: `Ring ${mentionToken({ platform: 'console', id: 'erik', name: 'erik' })} och ${mentionToken({ platform: 'teams', name: 'Bo' })}, mejla a@b.se` },
    ]);
    expect(tokens('"Ring @erik och <at>Bo</at>"')).toEqual([{ type: 'text', value: 'Ring @erik och <at>Bo</at>' }]);
    expect(tokens('<@U999|Fake>')).toEqual([{ type: 'mention', mention: { platform: 'slack', id: 'U999', name: 'Fake' }, literal: '<@U999|Fake>' }]);
  });

  it('reports an unterminated quote with its position', () => {
    expect(tokenize('ärende ny "Konga')).toEqual({ ok: false, error: 'unterminated_quote', at: 10 });
    expect(tokenize('x företag="Konga')).toEqual({ ok: false, error: 'unterminated_quote', at: 10 });
  });
});
