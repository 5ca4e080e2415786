// Cutting neutral text to a limit measured after escaping, never inside a character, a mention or
// an entity, and breaking long lists at line ends.
import { describe, expect, it } from 'vitest';
import { chunk, clip, splitLines, type Measure } from '../../src/render/split.js';
import { mentionToken } from '../../src/text/mention.js';
import { plainText } from '../../src/text/plain.js';
import { literal, pre, richText, strong } from '../../src/text/rich.js';
import { HOSTILE, longHostile } from '../support/hostile.js';

/** Escaped as Slack wants it: the length a limit is checked on. */
const escapedLength: Measure = (text) => plainText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').length;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (s: string) => [...segmenter.segment(s)].map((g) => g.segment);

describe('clip', () => {
  it('cuts at a whole character: a family emoji or a flag stays whole or goes', () => {
    for (const emoji of [HOSTILE.family, HOSTILE.flag]) {
      for (let max = 1; max < 20; max++) {
        const clipped = plainText(clip(literal(`abc${emoji}${emoji}def`), max));
        expect(clipped.length).toBeLessThanOrEqual(max);
        expect(LONE_SURROGATE.test(clipped)).toBe(false);
        expect(graphemes(`abc${emoji}${emoji}def`)).toEqual(expect.arrayContaining(graphemes(clipped.replace(/…$/, ''))));
      }
    }
  });

  it('measures after escaping, so no cut falls inside an entity, and keeps a mention whole', () => {
    const erik = mentionToken({ platform: 'slack', id: 'UERIK', name: 'Erik Lind' });
    const text = literal(`${'&'.repeat(30)}${erik}${'<'.repeat(30)}`);
    for (let max = 1; max < 120; max++) {
      const clipped = clip(text, max, escapedLength);
      expect(escapedLength(clipped)).toBeLessThanOrEqual(max);
      expect(plainText(clipped)).toMatch(/^&*(@Erik Lind<*)?…$/);
    }
  });

  it('closes the bot\'s emphasis it cuts through', () => {
    expect(plainText(clip(richText`${strong('abcdefgh')} x`, 5))).toBe('*abcd*…');
  });
});

describe('chunk', () => {
  it('puts whole lines together within the limit and drops only the line ends between pieces', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `${i}. ${HOSTILE.channel} & ${HOSTILE.family}`);
    const pieces = chunk(literal(lines.join('\n')), 3000, escapedLength);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(escapedLength(p)).toBeLessThanOrEqual(3000);
    expect(pieces.map((p) => plainText(p)).join('\n')).toBe(lines.join('\n'));
  });

  it('cuts a line too long for a piece at a space, else at a character, in 10 000 characters of & and <', () => {
    const text = longHostile(10_000).replace(/\n/g, ' ');
    const pieces = chunk(literal(text), 3000, escapedLength);
    for (const p of pieces) {
      expect(escapedLength(p)).toBeLessThanOrEqual(3000);
      expect(LONE_SURROGATE.test(plainText(p))).toBe(false);
    }
    expect(pieces.map((p) => plainText(p)).join('')).toBe(text);
    const solid = literal('&'.repeat(10_000));
    expect(chunk(solid, 4000, escapedLength).map((p) => plainText(p).length)).toEqual([800, 800, 800, 800, 800, 800, 800, 800, 800, 800, 800, 800, 400]);
  });

  it('reopens emphasis that spans a cut, and gives nothing for an empty text', () => {
    const table = pre(Array.from({ length: 50 }, (_, i) => `rad ${i}`).join('\n'));
    const pieces = chunk(table, 100);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(plainText(p)).toMatch(/^```\n[^`]+\n```$/);
    expect(chunk(literal(''), 10)).toEqual([]);
  });
});

describe('splitLines', () => {
  it('gives each line whole, emphasis closed and reopened at the line ends', () => {
    const lines = splitLines(richText`a\n${pre('b\nc')}\n`);
    expect(lines.map((l) => plainText(l))).toEqual(['a', '```\nb\n```', '```\nc\n```', '']);
  });
});
