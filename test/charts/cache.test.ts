import { describe, expect, it } from 'vitest';
import { ChartCache, type ChartRenderer } from '../../src/charts/cache.js';
import type { TrendChart } from '../../src/charts/spec.js';
import { createLogger } from '../../src/logger.js';

const chart = (share: number, locale: TrendChart['locale'] = 'sv'): TrendChart => ({
  locale, title: 'Ny sysselsättning, andel av N', axisTitle: 'Andel (%)', hiddenLabel: 'dold',
  series: [{ name: 'TRR (N = 211)', points: [{ date: '2026-10-01', share, label: `${share} %` }], hidden: [] }],
});

/** Draws "PNGs" of `bytes` bytes and counts them; `hold` keeps each drawing waiting until released. */
function counting(bytes = 10) {
  const drawn: string[] = [];
  let held: (() => void)[] | null = null;
  const renderer: ChartRenderer = {
    async draw(spec) {
      if (held) await new Promise<void>((resolve) => held!.push(resolve));
      drawn.push(spec);
      return new Uint8Array(bytes);
    },
  };
  return { renderer, drawn, hold: () => { held = []; }, release: () => { const waiting = held ?? []; held = null; for (const r of waiting) r(); } };
}

const cacheOf = (renderer: ChartRenderer, options: { maxBytes?: number; waitMs?: number } = {}) => new ChartCache({ renderer, logger: createLogger('silent'), waitMs: 60_000, ...options });

describe('the chart cache', () => {
  it('draws a chart once for the same figures, labels and language, and again when one of them changes', async () => {
    const { renderer, drawn } = counting();
    const charts = cacheOf(renderer);
    const first = await charts.png(chart(40));
    expect(await charts.png(chart(40))).toBe(first);
    expect(drawn).toHaveLength(1);
    await charts.png(chart(41));
    await charts.png(chart(40, 'en'));
    await charts.png({ ...chart(40), title: 'New occupation' });
    expect(drawn).toHaveLength(4);
  });

  it('draws a chart asked for by several at once only once', async () => {
    const { renderer, drawn, hold, release } = counting();
    const charts = cacheOf(renderer);
    hold();
    const asked = Promise.all([charts.png(chart(40)), charts.png(chart(40)), charts.png(chart(40))]);
    release();
    const [a, b, c] = await asked;
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(drawn).toHaveLength(1);
  });

  it('keeps at most its bound in bytes, dropping the least recently used chart first', async () => {
    const { renderer, drawn } = counting(100);
    const charts = cacheOf(renderer, { maxBytes: 250 });
    for (const share of [1, 2, 1, 3]) await charts.png(chart(share)); // 2 is now the least recently used
    expect(drawn).toHaveLength(3);
    await charts.png(chart(1));
    await charts.png(chart(3));
    expect(drawn).toHaveLength(3);
    await charts.png(chart(2));
    expect(drawn).toHaveLength(4);
  });

  it('answers without a chart that is not ready in time, and keeps it for the next answer once drawn', async () => {
    const { renderer, drawn, hold, release } = counting();
    const charts = cacheOf(renderer, { waitMs: 50 });
    hold();
    expect(await charts.png(chart(40))).toBeNull();
    release();
    await expect.poll(() => drawn.length).toBe(1);
    expect(await charts.png(chart(40))).toBeInstanceOf(Uint8Array);
    expect(drawn).toHaveLength(1);
  });

  it('answers without a chart that cannot be drawn, and tries again the next time', async () => {
    let calls = 0;
    const charts = cacheOf({ draw: async () => { if (++calls === 1) throw new Error('no'); return new Uint8Array(1); } });
    expect(await charts.png(chart(40))).toBeNull();
    expect(await charts.png(chart(40))).toBeInstanceOf(Uint8Array);
    expect(calls).toBe(2);
  });
});
