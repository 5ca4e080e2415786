// Run before every test file (vitest.config.ts, setupFiles).
import { afterAll } from 'vitest';
import { closeTestCharts } from './charts.js';

// A chart worker must not outlive its file.
afterAll(closeTestCharts);
