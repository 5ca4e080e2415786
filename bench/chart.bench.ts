// Rendering the `läge` trend chart: run with `npx vitest bench bench/chart.bench.ts`.
import { bench, describe } from 'vitest';
import { trendPng, trendSvg, type TrendChart } from '../src/render/chart.js';

function chartOf(reports: number): TrendChart {
  const points = Array.from({ length: reports }, (_, i) => {
    const share = Math.min(95, 10 + i * (60 / reports));
    const day = new Date(Date.UTC(2026, 9, 1) + i * 14 * 86_400_000).toISOString().slice(0, 10);
    return { date: day, share, label: `${share.toFixed(1).replace('.', ',')} %` };
  });
  return { locale: 'sv', title: 'Ny sysselsättning, andel av N (TRR)', axisTitle: 'Andel (%)', points, target: { percent: 70, label: 'Mål 70 %' } };
}

describe('trend chart', () => {
  const three = chartOf(3);
  const twenty = chartOf(20);
  bench('SVG, 3 reports', async () => { await trendSvg(three); });
  bench('PNG, 3 reports', async () => { await trendPng(three); });
  bench('PNG, 20 reports', async () => { await trendPng(twenty); });
});
