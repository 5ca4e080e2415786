// The messages between the chart pool and its workers.

/** A chart to draw: its Vega-Lite specification as JSON text (the text the cache hashed). */
export interface ToWorker {
  spec: string;
}

export type FromWorker = { ready: true } | { png: Uint8Array } | { error: string };
