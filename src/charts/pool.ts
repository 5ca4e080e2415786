// Chart workers: charts are drawn on other threads, so that the event loop keeps answering while
// one is drawn. Each worker draws one chart at a time; the others wait in a queue.
import { Worker } from 'node:worker_threads';
import type { ChartRenderer } from './cache.js';
import type { FromWorker, ToWorker } from './protocol.js';

/**
 * The worker module beside this one: worker.js when running from dist/ (`npm start`), worker.ts
 * when running from TypeScript (tsx, vitest).
 */
export const CHART_WORKER = new URL(`./worker${import.meta.url.slice(import.meta.url.lastIndexOf('.'))}`, import.meta.url);

export interface ChartPoolOptions {
  /** How many workers at most; one by default, as on two cores the main thread needs the other. */
  size?: number;
  /** A drawing that takes longer ends its worker: a hung drawing cannot be interrupted otherwise. */
  timeoutMs?: number;
  /** The worker's module (tests give one that hangs or fails). */
  worker?: URL;
}

interface Job {
  spec: string;
  resolve(png: Uint8Array): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/**
 * A TypeScript module needs tsx's loader inside the worker: Node 20 does not apply the loader
 * hooks of the parent (`--import tsx`) to a worker's entry module.
 */
function startWorker(module: URL): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module);
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`, { eval: true });
}

export class ChartPool implements ChartRenderer {
  readonly #size: number;
  readonly #timeoutMs: number;
  readonly #module: URL;
  #slots: Slot[] = [];
  #queue: Job[] = [];
  #closed = false;
  /** Charts drawn so far (tests count them). */
  drawn = 0;

  constructor(options: ChartPoolOptions = {}) {
    this.#size = options.size ?? 1;
    this.#timeoutMs = options.timeoutMs ?? 5_000;
    this.#module = options.worker ?? CHART_WORKER;
  }

  draw(spec: string): Promise<Uint8Array> {
    if (this.#closed) return Promise.reject(new Error('the chart pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ spec, resolve, reject });
      this.#next();
    });
  }

  /** Ends every worker; what was waiting or being drawn fails. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('the chart pool is closed'));
    await Promise.all(this.#slots.map((slot) => this.#end(slot, new Error('the chart pool is closed'))));
  }

  #next(): void {
    while (this.#queue.length) {
      const idle = this.#slots.find((s) => s.ready && !s.job);
      if (!idle) {
        // One worker starting at a time: it takes the queue's first job when it is ready.
        if (this.#slots.length < this.#size && this.#slots.every((s) => s.ready)) this.#start();
        break;
      }
      this.#run(idle, this.#queue.shift()!);
    }
    // Only a worker with work keeps the process alive: an idle one must not hold up an exit.
    for (const s of this.#slots) {
      if (s.job || (!s.ready && this.#queue.length)) s.worker.ref();
      else s.worker.unref();
    }
  }

  #start(): void {
    const slot: Slot = { worker: startWorker(this.#module), ready: false };
    slot.worker.on('message', (message: FromWorker) => this.#received(slot, message));
    slot.worker.on('error', (err) => void this.#end(slot, err));
    slot.worker.on('exit', (code) => void this.#end(slot, new Error(`the chart worker exited with code ${code}`)));
    this.#slots.push(slot);
  }

  #run(slot: Slot, job: Job): void {
    slot.job = job;
    slot.timer = setTimeout(() => void this.#end(slot, new Error(`the chart took longer than ${this.#timeoutMs} ms`)), this.#timeoutMs);
    slot.worker.postMessage({ spec: job.spec } satisfies ToWorker);
  }

  #received(slot: Slot, message: FromWorker): void {
    // A worker already ended (timed out) may still have answered before it stopped.
    if (!this.#slots.includes(slot)) return;
    if ('ready' in message) {
      slot.ready = true;
    } else {
      const job = slot.job!;
      clearTimeout(slot.timer);
      slot.job = undefined;
      if ('png' in message) {
        this.drawn++;
        job.resolve(message.png);
      } else {
        job.reject(new Error(`the chart could not be drawn: ${message.error}`));
      }
    }
    this.#next();
  }

  /** A worker that failed, hung or exited is ended and forgotten; the next job starts another. */
  async #end(slot: Slot, reason: Error): Promise<void> {
    const at = this.#slots.indexOf(slot);
    if (at < 0) return;
    this.#slots.splice(at, 1);
    clearTimeout(slot.timer);
    slot.job?.reject(reason);
    // A worker that never got ready cannot draw now: the waiting jobs fail rather than start
    // workers that fail in turn.
    if (!slot.ready) for (const job of this.#queue.splice(0)) job.reject(reason);
    await slot.worker.terminate();
    if (!this.#closed) this.#next();
  }
}
