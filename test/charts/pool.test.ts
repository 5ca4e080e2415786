import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { CHART_WORKER, ChartPool } from '../../src/charts/pool.js';
import { CHART_SIZE, trendSpec, type TrendChart } from '../../src/charts/spec.js';

const UNRULY = new URL('../support/unruly-chart-worker.ts', import.meta.url);
const chart: TrendChart = {
  locale: 'sv', title: 'Ny sysselsättning, andel av N', axisTitle: 'Andel (%)', hiddenLabel: 'dold',
  series: [{ name: 'TRR (N = 211)', points: [{ date: '2026-10-01', share: 17.5, label: '17,5 %' }, { date: '2026-11-15', share: 41.7, label: '41,7 %' }], hidden: [] }],
  target: { percent: 70, label: 'Mål 70 %' },
};
const text = (png: Uint8Array) => new TextDecoder().decode(png);

describe('the chart pool', () => {
  const pools: ChartPool[] = [];
  const pool = (options: ConstructorParameters<typeof ChartPool>[0]) => {
    const made = new ChartPool(options);
    pools.push(made);
    return made;
  };
  afterEach(async () => { await Promise.all(pools.splice(0).map((p) => p.close())); });

  it('draws a chart in the real worker, which this test loads from TypeScript', async () => {
    expect(CHART_WORKER.pathname).toMatch(/\/src\/charts\/worker\.ts$/);
    const charts = pool({ timeoutMs: 60_000 });
    const png = PNG.sync.read(Buffer.from(await charts.draw(JSON.stringify(trendSpec(chart)))));
    expect({ width: png.width, height: png.height }).toEqual(CHART_SIZE);
    expect(charts.drawn).toBe(1);
  });

  it('ends a worker whose drawing hangs, and draws the next chart in a new one', async () => {
    const charts = pool({ timeoutMs: 2_000, worker: UNRULY });
    await charts.draw('ready?');
    const [hung, queued] = [charts.draw('HANG'), charts.draw('after the hang')];
    await expect(hung).rejects.toThrow(/longer than 2000 ms/);
    expect(text(await queued)).toBe('after the hang');
    expect(charts.drawn).toBe(2);
  });

  it('fails the drawing of a worker that dies or reports a failure, and keeps drawing', async () => {
    const charts = pool({ timeoutMs: 60_000, worker: UNRULY });
    await expect(charts.draw('DIE')).rejects.toThrow(/exited with code 7/);
    await expect(charts.draw('FAIL')).rejects.toThrow(/asked to fail/);
    expect(text(await charts.draw('fine'))).toBe('fine');
  });

  it('fails what waits for a worker that cannot start, and tries again with the next chart', async () => {
    const charts = pool({ timeoutMs: 60_000, worker: new URL('../support/no-such-worker.ts', import.meta.url) });
    const results = await Promise.allSettled([charts.draw('a'), charts.draw('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(charts.draw('c')).rejects.toThrow();
  });

  it('shares the work among its workers, one chart at a time each', async () => {
    const charts = pool({ size: 2, timeoutMs: 60_000, worker: UNRULY });
    const drawn = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((s) => charts.draw(s)));
    expect(drawn.map(text)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(charts.drawn).toBe(5);
  });

  it('on close fails what is being drawn and what waits, and refuses more', async () => {
    const charts = pool({ timeoutMs: 60_000, worker: UNRULY });
    await charts.draw('started');
    const [drawing, waiting] = [expect(charts.draw('HANG')).rejects.toThrow(/closed|exited/), expect(charts.draw('waiting')).rejects.toThrow(/closed/)];
    await charts.close();
    await drawing;
    await waiting;
    await expect(charts.draw('later')).rejects.toThrow(/closed/);
  });
});
