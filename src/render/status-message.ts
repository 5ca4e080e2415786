// The answer to `läge`: the status card, its text fallback with a sparkline, and the trend
// chart as a PNG attachment (drawn elsewhere: src/charts/).
import type { TrendChart } from '../charts/spec.js';
import type { Button, Message } from '../core/message.js';
import { picture, seriesBySource, targetProgress, type Report, type Target } from '../domain/figures.js';
import { formatNumber } from '../i18n/index.js';
import type { LocalDate } from '../time/local-date.js';
import { cardMessage } from './card-text.js';
import { percentText, targetText, type FigureStyle } from './figures-format.js';
import { statusCard, trendValues } from './status-card.js';
import { plainText } from '../text/plain.js';
import { joinRich, type RichText } from '../text/rich.js';

export const CHART_FILE_NAME = 'lage.png';

export interface StatusInput {
  reports: readonly Report[];
  target: Target | null;
  today: LocalDate;
  /** A line before the card, e.g. who reported. */
  lead?: RichText;
  /** Buttons for the latest report (withdraw it), made where the commands are known. */
  buttons?: Button[];
}

/** The trend chart of every source's reports, or null before the first report. */
export function statusChart(style: FigureStyle, reports: readonly Report[], target: Target | null): TrendChart | null {
  const { t, locale } = style;
  const series = seriesBySource(reports).map(({ source, reports: list }) => {
    const shares = trendValues(list, style.threshold);
    return {
      name: plainText(t('figures.chart.series', { source, n: formatNumber(locale, list.at(-1)!.n) })),
      points: list.flatMap((r, i) => {
        const value = shares[i];
        return value == null ? [] : [{ date: r.date, share: value, label: plainText(percentText(style, value)) }];
      }),
      hidden: list.filter((_, i) => shares[i] == null).map((r) => r.date),
    };
  });
  if (!series.length) return null;
  return {
    locale,
    title: plainText(t('figures.chart.title')),
    axisTitle: plainText(t('figures.chart.axis')),
    series,
    hiddenLabel: plainText(t('figures.chart.hidden')),
    ...(target ? { target: { percent: target.percent, label: plainText(t('figures.chart.target', { percent: targetText(locale, target.percent) })) } } : {}),
  };
}

/** The status, with `chart` (the PNG of statusChart) attached when there is one. */
export function statusMessage(style: FigureStyle, input: StatusInput, chart: Uint8Array | null): Message {
  const pic = picture(input.reports);
  // The lead still says what happened when the last report was withdrawn.
  if (!pic) return { text: input.lead ? joinRich([input.lead, style.t('figures.empty')], '\n') : style.t('figures.empty') };
  const progress = input.target ? targetProgress(input.target, pic.latest, input.today) : null;
  const card = statusCard(style, pic, progress);
  const withButtons = input.buttons?.length ? { ...card, sections: [...card.sections, { buttons: input.buttons }] } : card;
  const message = cardMessage(withButtons, input.lead);
  return chart ? { ...message, files: [{ name: CHART_FILE_NAME, mimeType: 'image/png', data: chart }] } : message;
}
