// The trend chart of `läge` as data: the new-occupation share over time, one line per source
// (sources count differently, so each keeps its own line), each named with its N in the legend,
// a marker where a report's share is hidden by small-count suppression, and the target line, as
// a Vega-Lite specification. Built on the main thread (it is cheap, and its text is what the
// cache knows a chart by); drawn in the chart worker (draw.ts).
import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../i18n/index.js';
import { vegaLocale } from './locale.js';

export const CHART_SIZE = { width: 640, height: 320 } as const;
export const LINE_COLOUR = '#1f5fa8';
export const TARGET_COLOUR = '#c0392b';
/** One colour per source, in the order of the series; the first is the line of a single source. */
export const SERIES_COLOURS = [LINE_COLOUR, '#e67e22', '#27ae60', '#8e44ad', '#16a085', '#7f8c8d'] as const;
/** Where a hidden point's marker sits: on the axis, as no share may be read from it. */
const HIDDEN_AT = 0;

export interface TrendPoint {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Percent, 0–100. */
  share: number;
  /** The share as the text beside the point shows it ("59,2 %"). */
  label: string;
}

export interface TrendSeries {
  /** The legend's text: the source and its N ("TRR (N = 211)"). */
  name: string;
  points: readonly TrendPoint[];
  /** Dates of reports whose share may not be shown: a marker, no value. */
  hidden: readonly string[];
}

export interface TrendChart {
  locale: Locale;
  title: string;
  axisTitle: string;
  series: readonly TrendSeries[];
  /** The text beside a hidden point's marker ("dolt"). */
  hiddenLabel: string;
  target?: { percent: number; label: string };
}

export function trendSpec(chart: TrendChart): TopLevelSpec {
  const x = { field: 'date', type: 'temporal' as const, title: null, scale: { type: 'utc' as const, padding: 24 }, axis: { format: '%-d %b %Y', labelAngle: 0, tickCount: 5, grid: false } };
  const y = { field: 'share', type: 'quantitative' as const, title: chart.axisTitle, scale: { domain: [0, 100] } };
  const names = chart.series.map((s) => s.name);
  const color = {
    field: 'series', type: 'nominal' as const,
    scale: { domain: names, range: names.map((_, i) => SERIES_COLOURS[i % SERIES_COLOURS.length]!) },
    legend: { title: null, orient: 'bottom' as const, labelLimit: 300 },
  };
  const points = chart.series.flatMap((s) => s.points.map((p) => ({ ...p, series: s.name })));
  const hidden = chart.series.flatMap((s) => s.hidden.map((date) => ({ date, share: HIDDEN_AT, label: chart.hiddenLabel, series: s.name })));
  const target = chart.target;
  return {
    ...CHART_SIZE,
    autosize: { type: 'fit', contains: 'padding' },
    background: 'white',
    title: chart.title,
    config: { locale: vegaLocale(chart.locale), view: { stroke: null } },
    layer: [
      {
        data: { values: points },
        layer: [
          { mark: { type: 'line', point: { size: 60 }, strokeWidth: 3 }, encoding: { x, y, color } },
          { mark: { type: 'text', dy: -12, fontSize: 12, color: '#222222' }, encoding: { x, y, text: { field: 'label' } } },
        ],
      },
      ...(hidden.length
        ? [{
            data: { values: hidden },
            layer: [
              { mark: { type: 'point' as const, shape: 'cross', size: 120, filled: true }, encoding: { x, y, color: { ...color, legend: null } } },
              { mark: { type: 'text' as const, dy: -12, fontSize: 11, color: '#555555' }, encoding: { x, y, text: { field: 'label' } } },
            ],
          }]
        : []),
      ...(target
        ? [{
            data: { values: [{ share: target.percent, label: target.label }] },
            layer: [
              { mark: { type: 'rule' as const, color: TARGET_COLOUR, strokeDash: [6, 4], strokeWidth: 2 }, encoding: { y } },
              { mark: { type: 'text' as const, align: 'left' as const, x: 4, dy: -8, color: TARGET_COLOUR, fontSize: 12 }, encoding: { y, text: { field: 'label' } } },
            ],
          }]
        : []),
    ],
  };
}
