// The answer to `läge`: the status card, its text fallback with a sparkline, and the trend
// chart as a PNG attachment (drawn elsewhere: src/charts/).
import type { TrendChart } from '../charts/spec.js';
import type { Message } from '../core/message.js';
import { picture, targetProgress, type Report, type Target } from '../domain/figures.js';
import type { LocalDate } from '../time/local-date.js';
import { cardMessage } from './card-text.js';
import { percentText, targetText, type FigureStyle } from './figures-format.js';
import { statusCard, trendValues } from './status-card.js';
import { plainText } from '../text/plain.js';
import type { RichText } from '../text/rich.js';

export const CHART_FILE_NAME = 'lage.png';

export interface StatusInput {
  reports: readonly Report[];
  target: Target | null;
  today: LocalDate;
  /** A line before the card, e.g. who reported. */
  lead?: RichText;
}

/** The trend chart of the latest source's reports, or null when none of its points may be shown. */
export function statusChart(style: FigureStyle, reports: readonly Report[], target: Target | null): TrendChart | null {
  const series = picture(reports)?.series ?? [];
  const { t, locale } = style;
  const shares = trendValues(series, style.threshold);
  const points = series.flatMap((r, i) => {
    const value = shares[i];
    return value == null ? [] : [{ date: r.date, share: value, label: plainText(percentText(style, value)) }];
  });
  if (!points.length) return null;
  return {
    locale,
    title: plainText(t('figures.chart.title', { source: series[0]!.source })),
    axisTitle: plainText(t('figures.chart.axis')),
    points,
    ...(target ? { target: { percent: target.percent, label: plainText(t('figures.chart.target', { percent: targetText(locale, target.percent) })) } } : {}),
  };
}

/** The status, with `chart` (the PNG of statusChart) attached when there is one. */
export function statusMessage(style: FigureStyle, input: StatusInput, chart: Uint8Array | null): Message {
  const pic = picture(input.reports);
  if (!pic) return { text: style.t('figures.empty') };
  const progress = input.target ? targetProgress(input.target, pic.latest, input.today) : null;
  const message = cardMessage(statusCard(style, pic, progress), input.lead);
  return chart ? { ...message, files: [{ name: CHART_FILE_NAME, mimeType: 'image/png', data: chart }] } : message;
}
