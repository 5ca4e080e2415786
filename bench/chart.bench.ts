// Drawing the `läge` trend chart: run with `npx vitest bench --run bench/chart.bench.ts`.
// In this thread (what the worker does per chart), and as the bot gets it: through the cache and
// the worker pool, a new chart each time (uncached) or the same one again (cached).
import { afterAll, bench, describe } from 'vitest';
import { ChartCache } from '../src/charts/cache.js';
import { drawPng, drawSvg } from '../src/charts/draw.js';
import { ChartPool } from '../src/charts/pool.js';
import { trendSpec, type TrendChart } from '../src/charts/spec.js';
import { createLogger } from '../src/logger.js';

function chartOf(reports: number, lift = 0): TrendChart {
  const points = Array.from({ length: reports }, (_, i) => {
    const share = Math.min(95, 10 + i * (60 / reports) + lift);
    const day = new Date(Date.UTC(2026, 9, 1) + i * 14 * 86_400_000).toISOString().slice(0, 10);
    return { date: day, share, label: `${share.toFixed(1).replace('.', ',')} %` };
  });
  return { locale: 'sv', title: 'Ny sysselsättning, andel av N', axisTitle: 'Andel (%)', series: [{ name: 'TRR (N = 211)', points, hidden: [] }], hiddenLabel: 'dold', target: { percent: 70, label: 'Mål 70 %' } };
}

// Set up at module load: vitest's bench mode does not run beforeAll hooks before async benches.
const pool = new ChartPool();
const charts = new ChartCache({ renderer: pool, logger: createLogger('silent') });
await charts.png(chartOf(3));
let drawn = 0;
// Longer than vitest's default half second: a drawing takes tens of milliseconds.
const options = { time: 3_000 };

describe('trend chart', () => {
  afterAll(async () => { await pool.close(); });
  const three = trendSpec(chartOf(3));
  const twenty = trendSpec(chartOf(20));
  bench('SVG, 3 reports, in this thread', async () => { await drawSvg(three); }, options);
  bench('PNG, 3 reports, in this thread', async () => { await drawPng(three); }, options);
  bench('PNG, 20 reports, in this thread', async () => { await drawPng(twenty); }, options);
  bench('PNG, 3 reports, through the pool, uncached', async () => {
    if (!(await charts.png(chartOf(3, ++drawn / 1000)))) throw new Error('no chart');
  }, options);
  bench('PNG, 3 reports, through the pool, cached', async () => {
    if (!(await charts.png(chartOf(3)))) throw new Error('no chart');
  }, options);
});
