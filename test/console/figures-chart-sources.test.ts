// The chart of `läge` with several sources (issue 15): one line per source with its N, and a
// marker where a share is hidden by small-count suppression; the card's text says the same.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChartCache, type ChartRenderer } from '../../src/charts/cache.js';
import { createLogger } from '../../src/logger.js';
import { setUpGroup } from '../support/group.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

interface DrawnSeries { series: string; date: string; share: number; label: string }
interface DrawnSpec { title: string; layer: { data: { values: DrawnSeries[] } }[] }

describe('the chart of läge with several sources', () => {
  let tb: TestBot;
  let specs: DrawnSpec[];
  beforeEach(async () => {
    specs = [];
    // The specification handed to the renderer is what the worker draws.
    const renderer: ChartRenderer = { draw: async (spec) => { specs.push(JSON.parse(spec) as DrawnSpec); return new Uint8Array(8); } };
    tb = await createTestBot({ charts: new ChartCache({ renderer, logger: createLogger('silent') }) }); // anna: leader; erik: member (Arbetsförmedlingen)
    await setUpGroup(tb);
    await tb.say('medlem lägg till @lena org=TRR');
  });
  afterEach(async () => { await tb.close(); });

  const lines = (spec: DrawnSpec) => spec.layer[0]!.data.values.map((v) => [v.series, v.date, v.label]);
  const markers = (spec: DrawnSpec) => (spec.layer[1]?.data.values ?? []).filter((v) => v.label === 'dold' || v.label === 'hidden').map((v) => [v.series, v.date, v.label]);

  it('draws every source\'s series with its N after AF and TRR reported, and marks a hidden point', async () => {
    await tb.say('@erik läge rapportera tillsvidare=20 söker=100 datum=2026-11-02 källa=Arbetsförmedlingen n=150 bas=inskrivna');
    await tb.say('@lena läge rapportera tillsvidare=2 söker=150 datum=2026-11-09');
    const [posted] = await tb.say('@lena läge rapportera tillsvidare=37 söker=90');
    const spec = specs.at(-1)!;
    expect(spec.title).toBe('Ny sysselsättning, andel av N');
    expect(lines(spec)).toEqual([
      ['Arbetsförmedlingen (N = 150)', '2026-11-02', '13,3 %'],
      ['TRR (N = 211)', '2026-11-23', '17,5 %'],
    ]);
    // TRR's 2 in new occupation is below the threshold: no share, a marker.
    expect(markers(spec)).toEqual([['TRR (N = 211)', '2026-11-09', 'dold']]);
    const text = posted!.message.text;
    expect(text).toContain('Trend för ny sysselsättning (Arbetsförmedlingen, N = 150): ▂');
    expect(text).toContain('Trend för ny sysselsättning (TRR, N = 211): ·▂');
    expect(text).toContain('· i en trend är en rapport vars andel inte visas (markerad med ett kryss i diagrammet).');
  });

  it('says the same in English', async () => {
    await tb.say('@erik läge rapportera tillsvidare=20 söker=100 datum=2026-11-02 källa=Arbetsförmedlingen');
    await tb.say('@lena läge rapportera tillsvidare=2 söker=150 datum=2026-11-09');
    const text = await tb.text('@lena status');
    const spec = specs.at(-1)!;
    expect(spec.title).toBe('New occupation, share of N');
    expect(lines(spec)).toEqual([['Arbetsförmedlingen (N = 211)', '2026-11-02', '9.5%']]);
    expect(markers(spec)).toEqual([['TRR (N = 211)', '2026-11-09', 'hidden']]);
    expect(text).toContain('Trend of new occupation (Arbetsförmedlingen, N = 211): ▂');
    expect(text).toContain('Trend of new occupation (TRR, N = 211): ·');
    expect(text).toContain('· in a trend is a report whose share is not shown (marked with a cross in the chart).');
  });
});
