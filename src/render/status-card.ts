// The current picture (`läge`) as a card: new occupation, change, target progress, the breakdown
// by category, and a text trend. Numbers follow the suppression threshold of the style.
import type { Card } from '../core/message.js';
import { CATEGORIES, changeSince, newOccupation, share, type Picture, type Report, type TargetProgress } from '../domain/figures.js';
import { anySuppressed, reportCells } from '../domain/suppression.js';
import { formatNumber, type Translate } from '../i18n/index.js';
import { toIso } from '../time/local-date.js';
import { isBankruptcy } from '../domain/cases.js';
import { baseText, countOfN, percentText, signedNumber, targetText, type FigureStyle } from './figures-format.js';
import { SPARK_GAP, sparkline } from './sparkline.js';
import { joinRich, type RichText } from '../text/rich.js';

const newOccupationShown = (r: Report, threshold: number) => reportCells(r, threshold).visibility.newOccupation === 'shown';

/** The new-occupation share of each report, or null where it may not be shown. */
export function trendValues(series: readonly Report[], threshold: number): (number | null)[] {
  return series.map((r) => (newOccupationShown(r, threshold) ? share(newOccupation(r.counts), r.n) : null));
}

function changeLine(style: FigureStyle, { latest, previous }: Picture): RichText {
  if (!previous) return style.t('figures.change_none', { source: latest.source });
  if (![latest, previous].every((r) => newOccupationShown(r, style.threshold))) return style.t('figures.change_hidden', { source: previous.source, date: previous.date });
  const change = changeSince(previous, latest);
  return style.t('figures.change', { source: previous.source, date: previous.date, count: signedNumber(style.locale, change.count), points: signedNumber(style.locale, change.points, 1) });
}

function timeLeft(t: Translate, progress: TargetProgress): RichText[] {
  if (progress.left) {
    const { months, days } = progress.left;
    if (months > 1) return [t('figures.left.months', { months })];
    if (months === 1) return [t('figures.left.month')];
    return [days === 1 ? t('figures.left.day') : t('figures.left.days', { days })];
  }
  return progress.deadline ? [t('figures.left.passed', { date: toIso(progress.deadline) })] : [];
}

function targetLine(style: FigureStyle, latest: Report, progress: TargetProgress | null): RichText {
  if (!progress) return style.t('figures.target_none');
  const { t, locale } = style;
  const { values, visibility } = reportCells(latest, style.threshold);
  const shown = visibility.newOccupation === 'shown';
  const now = shown ? percentText(style, progress.now) : countOfN(style, values.newOccupation, latest.n, visibility.newOccupation);
  const needed = progress.needed === 1 ? t('figures.left.needed_one') : t('figures.left.needed', { count: formatNumber(locale, progress.needed) });
  const reach = progress.reached ? [t('figures.left.reached')] : shown ? [needed] : [];
  const { target } = progress;
  const params = { percent: targetText(locale, target.percent), status: joinRich([now, ...reach, ...timeLeft(t, progress)], ', ') };
  if (target.months === undefined) return t('figures.target_open', params);
  return t('figures.target', { ...params, months: target.months, from: t(!target.fromNotice ? 'figures.target.from_created' : style.kind && isBankruptcy(style.kind) ? 'figures.target.from_bankruptcy' : 'figures.target.from_notice') });
}

export function statusCard(style: FigureStyle, pic: Picture, progress: TargetProgress | null): Card {
  const { t, locale } = style;
  const { latest } = pic;
  const { values, visibility } = reportCells(latest, style.threshold);
  const rows = [...CATEGORIES, ...(values.unaccounted > 0 ? (['unaccounted'] as const) : [])];
  // One trend per source, as the chart draws them; the previous report is part of its source's
  // trend, so a hidden change shows there as a gap too.
  const trends = pic.sources.map(({ source, reports }) => ({ source, n: reports.at(-1)!.n, values: trendValues(reports, style.threshold) }));
  const gaps = trends.some((tr) => tr.values.includes(null));
  const suppressed = anySuppressed(visibility) || gaps;
  return {
    title: t('figures.title', { date: latest.date, source: latest.source }),
    sections: [
      {
        text: joinRich([
          t('figures.headline', { value: countOfN(style, values.newOccupation, latest.n, visibility.newOccupation) }),
          changeLine(style, pic),
          targetLine(style, latest, progress),
          t('figures.about', { source: latest.source, base: baseText(style, latest.base), n: formatNumber(locale, latest.n), date: latest.date }),
        ], '\n'),
      },
      { heading: t('figures.distribution'), fields: rows.map((c) => ({ label: t(`figures.cat.${c}`), value: c !== 'unaccounted' && latest.unreported?.includes(c) ? t('figures.not_reported') : countOfN(style, values[c], latest.n, visibility[c]) })) },
      {
        text: joinRich([
          ...trends.map((tr) => t('figures.trend', { source: tr.source, n: formatNumber(locale, tr.n), spark: sparkline(tr.values) })),
          ...(gaps ? [t('figures.trend_gap', { gap: SPARK_GAP })] : []),
          ...(suppressed ? [t('figures.footnote', { threshold: style.threshold })] : []),
        ], '\n'),
      },
    ],
  };
}
