// `läge historik`: every report as a monospaced table.
import type { Message } from '../core/message.js';
import { reportCells, anySuppressed } from '../domain/suppression.js';
import type { Report } from '../domain/figures.js';
import { formatNumber } from '../i18n/index.js';
import type { FigureStyle } from './figures-format.js';
import { reportRow, rowHeaders } from './status-rows.js';
import { textTable } from './text-table.js';
import { joinRich, pre, strong } from '../text/rich.js';

export function historyMessage(style: FigureStyle, reports: readonly Report[]): Message {
  const { t, locale } = style;
  if (!reports.length) return { text: t('figures.empty') };
  const headers = rowHeaders(t, true);
  const columns = headers.map((header, i) => ({ header, align: i < 3 ? ('left' as const) : ('right' as const) }));
  const rows = reports.map((r) => reportRow(style, r, (v, decimals) => formatNumber(locale, v, decimals)));
  const suppressed = reports.some((r) => anySuppressed(reportCells(r, style.threshold).visibility));
  const lines = [strong(t('figures.history_title', { count: reports.length })), pre(textTable(columns, rows))];
  return { text: joinRich([...lines, ...(suppressed ? [t('figures.footnote', { threshold: style.threshold })] : [])], '\n') };
}
