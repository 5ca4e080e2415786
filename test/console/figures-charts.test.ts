// `läge` draws its chart only when the figures change, and answers without it when it cannot be drawn.
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsoleOutput } from '../../adapters/console/session.js';
import { ChartCache } from '../../src/charts/cache.js';
import { ChartPool } from '../../src/charts/pool.js';
import { createLogger } from '../../src/logger.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70 inom=8';
const report = (permanent: number, date: string, source = 'TRR') =>
  `läge rapportera tillsvidare=${permanent} visstid=10 eget=5 studier=5 söker=100 datum=${date} källa=${source}`;
const UNRULY = new URL('../support/unruly-chart-worker.ts', import.meta.url);
const chartOf = (o: ConsoleOutput | undefined) => o?.message.files?.find((f) => f.name === 'lage.png')?.data;

describe('the chart of läge', () => {
  let tb: TestBot;
  let pool: ChartPool;
  const start = async (options: { worker?: URL; timeoutMs: number; waitMs: number }) => {
    pool = new ChartPool({ timeoutMs: options.timeoutMs, ...(options.worker ? { worker: options.worker } : {}) });
    tb = await createTestBot({ charts: new ChartCache({ renderer: pool, logger: createLogger('silent'), waitMs: options.waitMs }) });
    await tb.run([NEW_CASE, 'medlem lägg till @erik org=TRR'].join('\n'));
    // Started before the first chart, so that the limits count drawings, not loading.
    await pool.draw('{}').catch(() => undefined);
  };
  afterEach(async () => {
    await tb.close();
    await pool.close();
  });

  it('is drawn once while the figures stay the same, and again for new figures or another language', async () => {
    await start({ timeoutMs: 60_000, waitMs: 60_000 });
    await tb.say(report(20, '2026-10-01'));
    const posted = await tb.say(report(40, '2026-11-01'));
    const drawn = pool.drawn;
    expect(drawn).toBe(2);
    // The channel sees the same picture as the post that announced the report: no drawing at all.
    const answers = [...(await tb.say('@erik läge')), ...(await tb.say('@erik läge')), ...(await tb.say('läge'))];
    expect(answers.map(chartOf)).toEqual([chartOf(posted[0]), chartOf(posted[0]), chartOf(posted[0])]);
    expect(pool.drawn).toBe(drawn);

    expect(chartOf((await tb.say('@erik status'))[0])).toBeDefined();
    expect(pool.drawn).toBe(drawn + 1);
    await tb.say(report(45, '2026-11-01') + ' bekräfta');
    const replaced = (await tb.say('@erik läge'))[0];
    expect(pool.drawn).toBe(drawn + 2);
    expect(chartOf(replaced)).not.toEqual(chartOf(posted[0]));
  });

  it('answers with the text alone when the drawing hangs, and the bot keeps answering', async () => {
    await start({ worker: UNRULY, timeoutMs: 2_000, waitMs: 2_000 });
    const fine = await tb.say(report(20, '2026-10-01'));
    expect(chartOf(fine[0])).toBeDefined();
    const posted = await tb.say(report(40, '2026-11-01', 'HANG'));
    expect(posted[0]!.message.text).toContain('Ny sysselsättning');
    expect(chartOf(posted[0])).toBeUndefined();
    const answer = (await tb.say('@erik läge'))[0]!;
    expect(answer.message.text).toContain('Läge 2026-11-01 – HANG');
    expect(chartOf(answer)).toBeUndefined();
    expect(await tb.text('ärende visa')).toContain('Konga Bruk konkurs');
    expect(await tb.db.statusReport.count()).toBe(2);
  });

  it('answers with the text alone when the worker dies, and draws again afterwards', async () => {
    await start({ worker: UNRULY, timeoutMs: 60_000, waitMs: 60_000 });
    const died = await tb.say(report(20, '2026-10-01', 'DIE'));
    expect(died[0]!.message.text).toContain('Läge 2026-10-01 – DIE');
    expect(chartOf(died[0])).toBeUndefined();
    // Every source has its line on the chart: without the dying source's report the next one draws.
    await tb.say('läge återkalla datum=2026-10-01 källa=DIE');
    expect(chartOf((await tb.say(report(30, '2026-11-01')))[0])).toBeDefined();
  });
});
