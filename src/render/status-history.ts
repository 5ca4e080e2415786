// `läge historik`: every report as a monospaced table.
import type { Message } from '../core/message.js';
import { reportCells, anySuppressed } from '../domain/suppression.js';
import type { Report } from '../domain/figures.js';
import { formatNumber } from '../i18n/index.js';
import type { FigureStyle } from './figures-format.js';
import { reportRow, rowHeaders } from './status-rows.js';
import { textTable } from './text-table.js';
import { joinRich, pre, strong } from '../text/rich.js';

/** A change of the case's N, as the history lists it below the reports. */
export interface NChange {
  from: number;
  to: number;
  /** The local day of the change, 'YYYY-MM-DD'. */
  date: string;
  by: string;
}

export function historyMessage(style: FigureStyle, reports: readonly Report[], nChanges: readonly NChange[] = []): Message {
  const { t, locale } = style;
  const changes = nChanges.map((c) => t('figures.n_changed', { from: formatNumber(locale, c.from), to: formatNumber(locale, c.to), date: c.date, name: c.by }));
  if (!reports.length) return { text: joinRich([t('figures.empty'), ...changes], '\n') };
  const headers = rowHeaders(t, true);
  const columns = headers.map((header, i) => ({ header, align: i < 3 ? ('left' as const) : ('right' as const) }));
  const rows = reports.map((r) => reportRow(style, r, (v, decimals) => formatNumber(locale, v, decimals)));
  const suppressed = reports.some((r) => anySuppressed(reportCells(r, style.threshold).visibility));
  const lines = [strong(t('figures.history_title', { count: reports.length })), pre(textTable(columns, rows))];
  return { text: joinRich([...lines, ...changes, ...(suppressed ? [t('figures.footnote', { threshold: style.threshold })] : [])], '\n') };
}
