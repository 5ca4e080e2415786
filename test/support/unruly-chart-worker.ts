// A chart worker for tests: it draws nothing (the "PNG" is the specification's text) and, when the
// specification contains HANG, DIE or FAIL, hangs, dies or reports a failure.
import { parentPort } from 'node:worker_threads';
import type { FromWorker, ToWorker } from '../../src/charts/protocol.js';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', ({ spec }: ToWorker) => {
  if (spec.includes('HANG')) for (;;);
  if (spec.includes('DIE')) process.exit(7);
  if (spec.includes('FAIL')) send({ error: 'asked to fail' });
  else send({ png: new TextEncoder().encode(spec) });
});
send({ ready: true });
