// One status report as a row of cells (plain text), for the history table and the CSV export alike.
import { CELLS, newOccupation, share, type Cell, type Report } from '../domain/figures.js';
import { reportCells } from '../domain/suppression.js';
import type { Translate } from '../i18n/index.js';
import { plainText } from '../text/plain.js';
import { baseText, countText, HIDDEN_MARK, type FigureStyle } from './figures-format.js';

const BREAKDOWN = CELLS.filter((c) => c !== 'newOccupation');

/** Formats a number with a given count of decimals. */
export type NumberText = (value: number, decimals: number) => string;

/** Date, source, base, N, new occupation, its share, each category, not accounted for. */
export function rowHeaders(t: Translate, short: boolean): string[] {
  const cell = (c: Cell) => t(short ? `figures.col.short.${c}` : `figures.cat.${c}`);
  return [
    t('figures.col.date'), t('figures.col.source'), t('figures.col.base'), t('figures.col.n'),
    cell('newOccupation'), t(short ? 'figures.col.short.share' : 'figures.col.share'), ...BREAKDOWN.map(cell),
  ].map((header) => plainText(header));
}

export function reportRow(style: FigureStyle, report: Report, number: NumberText): string[] {
  const { values, visibility } = reportCells(report, style.threshold);
  // A category left out of the report is an empty cell: not reported, not 0.
  const unreported = (c: Cell) => report.unreported?.some((u) => u === c) === true;
  const cell = (c: Cell) => (unreported(c) ? '' : visibility[c] === 'shown' ? number(values[c], 0) : countText(style, values[c], visibility[c]));
  const newShare = visibility.newOccupation === 'shown' ? number(share(newOccupation(report.counts), report.n), 1) : HIDDEN_MARK;
  return [report.date, report.source, plainText(baseText(style, report.base)), number(report.n, 0), cell('newOccupation'), newShare, ...BREAKDOWN.map(cell)];
}
