// The chart worker: draws the charts the pool sends, one at a time. The charting libraries and
// the font are loaded once, for the worker's life; `ready` tells the pool that loading is done,
// so that a drawing's time limit counts the drawing alone.
import { parentPort } from 'node:worker_threads';
import { drawPng } from './draw.js';
import type { FromWorker, ToWorker } from './protocol.js';

const port = parentPort!;
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', async ({ spec }: ToWorker) => {
  try {
    const png = await drawPng(JSON.parse(spec));
    send({ png }, [png.buffer as ArrayBuffer]);
  } catch (err) {
    send({ error: err instanceof Error ? err.message : String(err) });
  }
});
send({ ready: true });
