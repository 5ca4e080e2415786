// `export läge`: every report as CSV rows for Swedish Excel (decimal comma, no digit grouping).
import type { Message } from '../core/message.js';
import type { Report } from '../domain/figures.js';
import type { RichText } from '../text/rich.js';
import { csvMessage } from './csv.js';
import type { FigureStyle } from './figures-format.js';
import { reportRow, rowHeaders } from './status-rows.js';

export const STATUS_CSV_NAME = 'lage.csv';

const excelNumber = (value: number, decimals: number) => value.toFixed(decimals).replace('.', ',');

export function statusCsvMessage(style: FigureStyle, reports: readonly Report[], lead: RichText): Message {
  const rows = [rowHeaders(style.t, false), ...reports.map((r) => reportRow(style, r, excelNumber))];
  return csvMessage(lead, STATUS_CSV_NAME, rows);
}
