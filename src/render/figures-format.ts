// How placement figures read: counts with their denominator, shares with one decimal, and the
// marks of suppressed cells ("<3" for a small count, "x" for a cell hidden to protect one).
import { isBankruptcy } from '../domain/cases.js';
import type { Base } from '../domain/figures.js';
import type { Visibility } from '../domain/suppression.js';
import { formatNumber, type Locale, type Translate } from '../i18n/index.js';
import type { RichText } from '../text/rich.js';

export interface FigureStyle {
  t: Translate;
  locale: Locale;
  /** The suppression threshold in force; 0 shows every number exactly. */
  threshold: number;
  /** The case's kind, for the words of its start (a konkurs has no varsel); varsel when absent. */
  kind?: string;
}

/** A report's base as the case's kind words it: "varslade" of a konkurs are those it concerns. */
export function baseText(style: FigureStyle, base: Base): RichText {
  return base === 'varslade' && style.kind && isBankruptcy(style.kind) ? style.t('figures.base.affected') : style.t(`figures.base.${base}`);
}

export const HIDDEN_MARK = 'x';

export function countText(style: FigureStyle, value: number, visibility: Visibility): string {
  if (visibility === 'small') return `<${style.threshold}`;
  if (visibility === 'hidden') return HIDDEN_MARK;
  return formatNumber(style.locale, value);
}

/** A percentage with one decimal: "59,2 %" in Swedish. */
export function percentText(style: FigureStyle, value: number): RichText {
  return style.t('figures.percent', { value: formatNumber(style.locale, value, 1) });
}

/** "80 av 211 (37,9 %)"; a suppressed count keeps its denominator but loses its share. */
export function countOfN(style: FigureStyle, value: number, n: number, visibility: Visibility): RichText {
  const count = countText(style, value, visibility);
  const of = formatNumber(style.locale, n);
  return visibility === 'shown' ? style.t('figures.count_of_share', { count, n: of, share: percentText(style, (value / n) * 100) }) : style.t('figures.count_of', { count, n: of });
}

/** A change with its sign: +37, −5, 0; rounding to zero shows no sign. */
export function signedNumber(locale: Locale, value: number, decimals = 0): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor || 0;
  return (rounded > 0 ? '+' : '') + formatNumber(locale, rounded, decimals);
}

/** A target percentage as typed: 70, or 62,5. */
export function targetText(locale: Locale, percent: number): string {
  return formatNumber(locale, percent, Number.isInteger(percent) ? 0 : 1);
}
