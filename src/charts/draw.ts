// Drawing a chart: Vega-Lite → Vega → SVG (`renderer: 'none'`) → PNG (resvg). Offline; no
// browser, no canvas. Only the chart worker loads this: the charting libraries weigh more than
// the rest of the bot, and drawing takes tens of milliseconds of CPU.
import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { chartFont } from './font.js';
import { CHART_SIZE } from './spec.js';

/** The chart as SVG text. */
export async function drawSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as PNG bytes, CHART_SIZE pixels. */
export async function drawPng(spec: TopLevelSpec): Promise<Uint8Array> {
  const svg = await drawSvg(spec);
  return new Uint8Array(new Resvg(svg, { font: chartFont(), fitTo: { mode: 'width', value: CHART_SIZE.width } }).render().asPng());
}
