// The trend chart: the new-occupation share over time with the target line, rendered on the
// server by Vega-Lite → Vega → SVG → PNG (resvg). Offline; no browser, no canvas.
import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../i18n/index.js';
import { chartFont } from './chart-font.js';
import { vegaLocale } from './chart-locale.js';

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

function spec(chart: TrendChart): TopLevelSpec {
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

/** The chart as SVG text. */
// The charting libraries are loaded on first use: they weigh more than the rest of the bot, and
// most runs (the console, a webhook restart) never draw a chart.
export async function trendSvg(chart: TrendChart): Promise<string> {
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new View(parse(compile(spec(chart)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as PNG bytes, CHART_SIZE pixels. */
export async function trendPng(chart: TrendChart): Promise<Uint8Array> {
  const [svg, { Resvg }] = await Promise.all([trendSvg(chart), import('@resvg/resvg-js')]);
  return new Uint8Array(new Resvg(svg, { font: chartFont(), fitTo: { mode: 'width', value: CHART_SIZE.width } }).render().asPng());
}
