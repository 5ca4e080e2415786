// The trend chart of `läge` as data: the new-occupation share over time with the target line, as
// a Vega-Lite specification. Built on the main thread (it is cheap, and its text is what the
// cache knows a chart by); drawn in the chart worker (draw.ts).
import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../i18n/index.js';
import { vegaLocale } from './locale.js';

export const CHART_SIZE = { width: 640, height: 320 } as const;
export const LINE_COLOUR = '#1f5fa8';
export const TARGET_COLOUR = '#c0392b';

export interface TrendPoint {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Percent, 0–100. */
  share: number;
  /** The share as the text beside the point shows it ("59,2 %"). */
  label: string;
}

export interface TrendChart {
  locale: Locale;
  title: string;
  axisTitle: string;
  points: readonly TrendPoint[];
  target?: { percent: number; label: string };
}

export function trendSpec(chart: TrendChart): TopLevelSpec {
  const x = { field: 'date', type: 'temporal' as const, title: null, scale: { type: 'utc' as const, padding: 24 }, axis: { format: '%-d %b %Y', labelAngle: 0, tickCount: 5, grid: false } };
  const y = { field: 'share', type: 'quantitative' as const, title: chart.axisTitle, scale: { domain: [0, 100] } };
  const target = chart.target;
  return {
    ...CHART_SIZE,
    autosize: { type: 'fit', contains: 'padding' },
    background: 'white',
    title: chart.title,
    config: { locale: vegaLocale(chart.locale), view: { stroke: null } },
    layer: [
      {
        data: { values: [...chart.points] },
        layer: [
          { mark: { type: 'line', point: { size: 60, color: LINE_COLOUR }, color: LINE_COLOUR, strokeWidth: 3 }, encoding: { x, y } },
          { mark: { type: 'text', dy: -12, fontSize: 12, color: '#222222' }, encoding: { x, y, text: { field: 'label' } } },
        ],
      },
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
