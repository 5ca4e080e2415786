// The neutral text model: mention tokens, the bot's emphasis as marks, plain text, and a
// catalogue whose parameters stay literal whatever they hold.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { decodeMention, MENTION_TOKEN, mentionsAsLabels, mentionToken } from '../../src/text/mention.js';
import { ASCII_MARKS, NO_MARKS, plainText } from '../../src/text/plain.js';
import { code, literal, neutral, pre, richText, runs, strong } from '../../src/text/rich.js';
import { stripReserved } from '../../src/text/reserved.js';
import { HOSTILE, HOSTILE_LINE } from '../support/hostile.js';

const erik = mentionToken({ platform: 'slack', id: 'UERIK', name: 'Erik "E" Lind, TRR', userId: 7 });

describe('mention tokens', () => {
  it('hold platform, id, name and user as one word without quotes or spaces, and read back', () => {
    expect(erik).not.toMatch(/[\s"=”“„]/);
    expect(decodeMention(/\uE000(.*)\uE001/.exec(erik)![1]!)).toEqual({ platform: 'slack', id: 'UERIK', name: 'Erik "E" Lind, TRR', userId: 7 });
    expect(mentionsAsLabels(`Ring ${erik} idag`)).toBe('Ring @Erik "E" Lind, TRR idag');
    expect(`a${erik}b`.match(MENTION_TOKEN)).toHaveLength(1);
  });

  it('carry the workspace of a Slack Connect user when the adapter knows it, and read back', () => {
    const karin = mentionToken({ platform: 'slack', id: 'UKARIN', name: 'Karin Berg', tenant: 'T0002' });
    expect(decodeMention(/\uE000(.*)\uE001/.exec(karin)![1]!)).toEqual({ platform: 'slack', id: 'UKARIN', name: 'Karin Berg', tenant: 'T0002' });
    expect(karin.split(',')).toHaveLength(5);
  });

  it('cannot be typed: incoming text loses every reserved code point', () => {
    expect(stripReserved(`x${erik}y\uE002z`)).toBe('xslack,UERIK,Erik%20%22E%22%20Lind%2C%20TRR,7y' + 'z');
  });
});

describe('RichText', () => {
  it('gives the runs of user text literally, the bot\'s emphasis as styles and mentions as mentions', () => {
    const text = richText`${strong('Åtgärd #1')}: ${literal(`${HOSTILE.bold} ${erik}`)} – skriv ${code('hjälp')}`;
    expect(runs(text)).toEqual([
      { text: 'Åtgärd #1', style: 'strong' },
      { text: `: ${HOSTILE.bold} ` },
      { text: '@Erik "E" Lind, TRR', mention: { platform: 'slack', id: 'UERIK', name: 'Erik "E" Lind, TRR', userId: 7 } },
      { text: ' – skriv ' },
      { text: 'hjälp', style: 'code' },
    ]);
    expect(plainText(text)).toBe('*Åtgärd #1*: **x** @Erik "E" Lind, TRR – skriv `hjälp`');
    expect(plainText(text, NO_MARKS)).toBe('Åtgärd #1: **x** @Erik "E" Lind, TRR – skriv hjälp');
    expect(plainText(pre('a  1\nbb 2'), ASCII_MARKS)).toBe('```\na  1\nbb 2\n```');
  });

  it('makes stored text of a composed one: mentions kept, emphasis dropped', () => {
    expect(neutral(richText`${strong('x')} ${erik}`)).toBe(`x ${erik}`);
    expect(literal(`a\uE002b\uE003 ${erik}`)).toBe(`ab ${erik}`);
  });
});

describe('the catalogue', () => {
  const t = translator('sv');

  it('reads backticks in its own templates as code', () => {
    expect(runs(t('error.empty'))).toEqual([{ text: 'Skriv ett kommando, till exempel ' }, { text: 'hjälp', style: 'code' }, { text: '.' }]);
  });

  it('keeps every parameter literal, markup and mention syntax included, also inside code', () => {
    for (const value of [...Object.values(HOSTILE), HOSTILE_LINE, '`kod`', '*fet*', '{command}']) {
      const text = t('error.unknown_command', { command: value });
      expect(runs(text).filter((r) => !r.style).map((r) => r.text).join('')).toBe(`Okänt kommando: "${value}". Skriv  för att se alla kommandon.`);
      expect(plainText(text)).toBe(`Okänt kommando: "${value}". Skriv \`hjälp\` för att se alla kommandon.`);
    }
    expect(runs(t('poll.card.vote_hint', { number: '`X`' })).find((r) => r.style === 'code' && r.text.includes('rösta'))!.text).toBe('rösta `X` <alternativ>');
  });
});
