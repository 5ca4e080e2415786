// The charts of test bots: one pool of the real chart worker per test file (started with the first
// chart), closed after the file by test/support/setup.ts. Its limits are generous: the machine the
// tests run on may be loaded, and a test that wants a chart must get it.
import { ChartCache } from '../../src/charts/cache.js';
import { ChartPool } from '../../src/charts/pool.js';
import type { Logger } from '../../src/logger.js';

const PATIENT_MS = 60_000;
let pool: ChartPool | undefined;

export function testCharts(logger: Logger): ChartCache {
  pool ??= new ChartPool({ timeoutMs: PATIENT_MS });
  return new ChartCache({ renderer: pool, logger, waitMs: PATIENT_MS });
}

export async function closeTestCharts(): Promise<void> {
  await pool?.close();
  pool = undefined;
}
