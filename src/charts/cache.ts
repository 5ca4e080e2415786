// Charts by content: a chart is known by a hash of its exact specification (figures, labels,
// language), so the same figures give the same PNG without drawing again. Drawn charts are kept
// in memory, least recently used first out beyond a bound in bytes; a chart being drawn is
// shared by everyone who asks for it meanwhile. Whoever asks waits a bounded time: a chart not
// ready by then is left out of that answer (and kept for the next one once drawn).
import { createHash } from 'node:crypto';
import type { Logger } from '../logger.js';
import { trendSpec, type TrendChart } from './spec.js';

/** Draws a chart from its Vega-Lite specification (JSON text) as PNG bytes. */
export interface ChartRenderer {
  draw(spec: string): Promise<Uint8Array>;
}

export interface ChartCacheOptions {
  renderer: ChartRenderer;
  logger: Logger;
  /** Bytes of PNG kept; a `läge` chart is 15–30 kB. */
  maxBytes?: number;
  /** How long an answer waits for its chart. */
  waitMs?: number;
}

/** The specification as sent to the renderer, and the hash the chart is known by. */
function keyed(chart: TrendChart): { key: string; spec: string } {
  const spec = JSON.stringify(trendSpec(chart));
  return { key: createHash('sha256').update(spec).digest('base64url'), spec };
}

export class ChartCache {
  readonly #renderer: ChartRenderer;
  readonly #logger: Logger;
  readonly #maxBytes: number;
  readonly #waitMs: number;
  /** In the order of use, least recent first (a Map keeps insertion order). */
  readonly #drawn = new Map<string, Uint8Array>();
  readonly #drawing = new Map<string, Promise<Uint8Array | null>>();
  #bytes = 0;

  constructor(options: ChartCacheOptions) {
    this.#renderer = options.renderer;
    this.#logger = options.logger;
    this.#maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
    this.#waitMs = options.waitMs ?? 5_000;
  }

  /** The chart as PNG bytes, or null when it cannot be had in time. */
  png(chart: TrendChart): Promise<Uint8Array | null> {
    const { key, spec } = keyed(chart);
    const drawn = this.#used(key);
    if (drawn) return Promise.resolve(drawn);
    let drawing = this.#drawing.get(key);
    if (!drawing) this.#drawing.set(key, (drawing = this.#draw(key, spec)));
    return this.#within(drawing);
  }

  /** The chart if it has been drawn already; never waits. */
  drawn(chart: TrendChart): Uint8Array | null {
    return this.#used(keyed(chart).key);
  }

  #used(key: string): Uint8Array | null {
    const drawn = this.#drawn.get(key);
    if (!drawn) return null;
    this.#drawn.delete(key);
    this.#drawn.set(key, drawn);
    return drawn;
  }

  async #draw(key: string, spec: string): Promise<Uint8Array | null> {
    try {
      const png = await this.#renderer.draw(spec);
      this.#keep(key, png);
      return png;
    } catch (err) {
      this.#logger.warn({ err }, 'chart not drawn; answered without it');
      return null;
    } finally {
      this.#drawing.delete(key);
    }
  }

  #keep(key: string, png: Uint8Array): void {
    this.#drawn.set(key, png);
    this.#bytes += png.byteLength;
    for (const [oldest, bytes] of this.#drawn) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#drawn.delete(oldest);
      this.#bytes -= bytes.byteLength;
    }
  }

  async #within(drawing: Promise<Uint8Array | null>): Promise<Uint8Array | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), this.#waitMs); });
    try {
      const png = await Promise.race([drawing, late]);
      if (png !== 'late') return png;
      this.#logger.warn({ waitMs: this.#waitMs }, 'chart not ready in time; answered without it');
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
