import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawPng, drawSvg } from '../../src/charts/draw.js';
import { CHART_SIZE, LINE_COLOUR, SERIES_COLOURS, TARGET_COLOUR, trendSpec, type TrendChart } from '../../src/charts/spec.js';

const trendPng = (c: TrendChart) => drawPng(trendSpec(c));
const trendSvg = (c: TrendChart) => drawSvg(trendSpec(c));

const chart: TrendChart = {
  locale: 'sv',
  title: 'Ny sysselsättning, andel av N',
  axisTitle: 'Andel (%)',
  series: [{
    name: 'TRR (N = 211)',
    points: [
      { date: '2026-10-01', share: 17.5, label: '17,5 %' },
      { date: '2026-11-15', share: 41.7, label: '41,7 %' },
      { date: '2027-01-29', share: 59.2, label: '59,2 %' },
    ],
    hidden: [],
  }],
  hiddenLabel: 'dold',
  target: { percent: 70, label: 'Mål 70 %' },
};

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Pixels of the image close to a colour (anti-aliasing blends the edges). */
function countColour(png: PNG, colour: string, region = { top: 0, bottom: png.height }): number {
  const [r, g, b] = rgb(colour);
  let n = 0;
  for (let y = region.top; y < region.bottom; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i]! - r) + Math.abs(png.data[i + 1]! - g) + Math.abs(png.data[i + 2]! - b) < 40) n++;
    }
  }
  return n;
}

/** Pixels that are not the white background. */
function countInk(png: PNG, region = { top: 0, bottom: png.height }): number {
  let n = 0;
  for (let y = region.top; y < region.bottom; y++) for (let x = 0; x < png.width; x++) if (png.data[(y * png.width + x) * 4]! < 200) n++;
  return n;
}

describe('trend chart', () => {
  it('renders a PNG of the expected size with the trend line and the target line', async () => {
    const png = PNG.sync.read(Buffer.from(await trendPng(chart)));
    expect({ width: png.width, height: png.height }).toEqual(CHART_SIZE);
    expect(countInk(png)).toBeGreaterThan(3000);
    // A 3 px line across most of the plot, and a dashed 2 px rule.
    expect(countColour(png, LINE_COLOUR)).toBeGreaterThan(1000);
    expect(countColour(png, TARGET_COLOUR)).toBeGreaterThan(250);
  });

  it('draws its text with a real font: the title band has ink', async () => {
    const png = PNG.sync.read(Buffer.from(await trendPng(chart)));
    // Nothing but the title lies in the top band; without a font resvg leaves it blank.
    expect(countInk(png, { top: 0, bottom: 22 })).toBeGreaterThan(150);
  });

  it('labels dates in Swedish and shares with a decimal comma', async () => {
    const svg = await trendSvg(chart);
    expect(svg).toMatch(/>1 okt\. 2026</);
    expect(svg).toContain('59,2 %');
    expect(svg).toContain('Mål 70 %');
  });

  it('labels dates in English for English users', async () => {
    expect(await trendSvg({ ...chart, locale: 'en' })).toMatch(/>1 Oct 2026</);
  });

  it('renders a single report and no target', async () => {
    const { target: _, ...noTarget } = chart;
    const png = PNG.sync.read(Buffer.from(await trendPng({ ...noTarget, series: [{ ...chart.series[0]!, points: chart.series[0]!.points.slice(0, 1) }] })));
    expect(countColour(png, LINE_COLOUR)).toBeGreaterThan(20);
    expect(countColour(png, TARGET_COLOUR)).toBe(0);
  });

  it('draws one line per source in its own colour, N in the legend, and a marked point where a share is hidden', async () => {
    const af = { name: 'Arbetsförmedlingen (N = 150)', points: [{ date: '2026-11-01', share: 20, label: '20,0 %' }, { date: '2027-01-10', share: 30, label: '30,0 %' }], hidden: ['2026-12-01'] };
    const two: TrendChart = { ...chart, series: [...chart.series, af] };
    const svg = await trendSvg(two);
    expect(svg).toContain('TRR (N = 211)');
    expect(svg).toContain('Arbetsförmedlingen (N = 150)');
    expect(svg).toContain('>dold<');
    const png = PNG.sync.read(Buffer.from(await trendPng(two)));
    expect(countColour(png, SERIES_COLOURS[0])).toBeGreaterThan(1000);
    expect(countColour(png, SERIES_COLOURS[1])).toBeGreaterThan(300);
  });
});
