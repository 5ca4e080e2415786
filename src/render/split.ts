// Cutting text and lists to a platform's limits (Block Kit, Adaptive Cards). Text is cut into
// atoms — grapheme clusters, whole mention tokens and the marks of the bot's emphasis — so that no
// cut falls inside an emoji, a mention or (after the platform escapes it) an entity. Limits are
// measured on the platform's rendering of each candidate, that is, after escaping.
import type { RichText } from '../text/rich.js';
import { plainText, NO_MARKS } from '../text/plain.js';
import { STYLE_MARKS } from '../text/reserved.js';

/** The length of a text as a platform renders it. */
export type Measure = (text: RichText) => number;

/** Characters of the text without marks: the measure of plain-text fields. */
export const plainLength: Measure = (text) => plainText(text, NO_MARKS).length;

const ELLIPSIS = '…';
const CLOSER = new Map<string, string>(Object.values(STYLE_MARKS));
const CLOSERS = new Set(CLOSER.values());
const ATOM = /\uE000[^\uE000-\uE00F]*\uE001|[\uE000-\uE00F]/g;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A text as atoms, with the marks open before each atom, so that any slice can be made whole. */
class Atoms {
  readonly items: string[] = [];
  /** open[i]: the opening marks in force before items[i] (open[items.length]: at the end). */
  readonly open: string[][] = [];

  constructor(text: RichText) {
    const stack: string[] = [];
    const add = (atom: string) => {
      this.open.push([...stack]);
      this.items.push(atom);
      if (CLOSER.has(atom)) stack.push(atom);
      else if (CLOSERS.has(atom) && CLOSER.get(stack.at(-1) ?? '') === atom) stack.pop();
    };
    let last = 0;
    for (const m of text.matchAll(ATOM)) {
      for (const g of graphemes.segment(text.slice(last, m.index))) add(g.segment);
      add(m[0]);
      last = m.index + m[0].length;
    }
    for (const g of graphemes.segment(text.slice(last))) add(g.segment);
    this.open.push([...stack]);
  }

  get length(): number {
    return this.items.length;
  }

  /** Atoms [from, to) with the marks open at `from` reopened and those open at `to` closed. */
  slice(from: number, to: number): RichText {
    const closing = [...this.open[to]!].reverse().map((m) => CLOSER.get(m)!);
    return [...this.open[from]!, ...this.items.slice(from, to), ...closing].join('') as RichText;
  }

  /** [from, to) of each line, line ends left out. */
  lines(): [number, number][] {
    const out: [number, number][] = [];
    let from = 0;
    this.items.forEach((item, i) => {
      if (item === '\n' || item === '\r\n') { out.push([from, i]); from = i + 1; }
    });
    return [...out, [from, this.items.length]];
  }

  isSpace(i: number): boolean {
    return /^\s+$/.test(this.items[i] ?? '');
  }
}

/** The largest n in [lo, hi] for which fits(n) holds (fits is monotonic), or lo - 1 if none does. */
function largest(lo: number, hi: number, fits: (n: number) => boolean): number {
  let best = lo - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

/** At most `max` as measured; a cut is marked with an ellipsis. */
export function clip(text: RichText, max: number, measure: Measure = plainLength): RichText {
  if (measure(text) <= max) return text;
  const atoms = new Atoms(text);
  const cut = (n: number) => (atoms.slice(0, n) + ELLIPSIS) as RichText;
  return cut(Math.max(0, largest(0, atoms.length, (n) => measure(cut(n)) <= max)));
}

/**
 * Pieces of at most `max` as measured: whole lines together while they fit, a line too long for
 * one piece cut at its last space that fits (else at an atom). Line ends between pieces are
 * dropped; nothing else is lost. An empty text gives no pieces.
 */
export function chunk(text: RichText, max: number, measure: Measure = plainLength): RichText[] {
  const atoms = new Atoms(text);
  const lines = atoms.lines();
  const pieces: RichText[] = [];
  for (let line = 0; line < lines.length;) {
    const from = lines[line]![0];
    const count = largest(1, lines.length - line, (n) => measure(atoms.slice(from, lines[line + n - 1]![1])) <= max);
    if (count >= 1) {
      pieces.push(atoms.slice(from, lines[line + count - 1]![1]));
      line += count;
    } else {
      pieces.push(...cutLine(atoms, from, lines[line]![1], max, measure));
      line += 1;
    }
  }
  return pieces.filter((p) => plainLength(p) > 0);
}

/** The lines of a text, each whole: emphasis open across a line end is closed and reopened. */
export function splitLines(text: RichText): RichText[] {
  const atoms = new Atoms(text);
  return atoms.lines().map(([from, to]) => atoms.slice(from, to));
}

/** One line too long for a piece, in pieces: at the last space that fits, else at the last atom that does. */
function cutLine(atoms: Atoms, from: number, to: number, max: number, measure: Measure): RichText[] {
  const pieces: RichText[] = [];
  let start = from;
  while (start < to) {
    const fit = Math.max(1, largest(1, to - start, (n) => measure(atoms.slice(start, start + n)) <= max));
    let end = start + fit;
    if (end < to) {
      for (let i = end - 1; i > start + fit / 2; i--) if (atoms.isSpace(i)) { end = i + 1; break; }
    }
    pieces.push(atoms.slice(start, end));
    start = end;
  }
  return pieces;
}

/** The items in consecutive groups of at most `size`. */
export function groups<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
