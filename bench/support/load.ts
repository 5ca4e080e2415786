// The load generator: autocannon, closed loop (each connection sends its next request when the
// previous one is acknowledged), every request freshly signed; and a burst of simultaneous
// requests on as many connections. Each request's send and ack times are kept, so its answer at
// response_url can be matched to it later.
import { request as httpRequest } from 'node:http';
import autocannon from 'autocannon';
import type { SignedSlash } from './slash-requests.js';
import { EVENTS_PATH } from './slash-requests.js';
import { wallMs } from './wall-clock.js';

export interface Sent {
  id: string;
  sentAt: number;
  ackAt?: number;
  status?: number;
}

export interface LoadRun {
  sent: Sent[];
  startedAt: number;
  endedAt: number;
  /** Connection errors and timeouts, as autocannon counts them. */
  errors: number;
}

export interface LoadOptions {
  /** http://host:port of the app. */
  origin: string;
  connections: number;
  next: () => SignedSlash;
  /** Stop after this many seconds … */
  seconds?: number;
  /** … or after this many requests (whichever is set; `seconds` then bounds it). */
  amount?: number;
  /** At most this many requests per second over all connections (open loop up to it). */
  rate?: number;
  /** Asked after every ack; true stops the run early. */
  stopWhen?: () => boolean;
}

/** autocannon gives up on a request after this long (and counts it as an error). */
export const REQUEST_TIMEOUT_S = 10;

interface Slot {
  current?: Sent;
}

export function closedLoop(o: LoadOptions): Promise<LoadRun> {
  const sent: Sent[] = [];
  const startedAt = wallMs();
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: `${o.origin}${EVENTS_PATH}`,
      connections: o.connections,
      ...(o.amount ? { amount: o.amount } : { duration: o.seconds ?? 5 }),
      ...(o.rate ? { overallRate: o.rate } : {}),
      timeout: REQUEST_TIMEOUT_S,
      requests: [{
        method: 'POST',
        // Called just before each request is written; the context is this connection's.
        setupRequest: (req, context) => {
          const r = o.next();
          const s: Sent = { id: r.id, sentAt: wallMs() };
          sent.push(s);
          (context as Slot).current = s;
          return { ...req, headers: r.headers, body: r.body };
        },
        onResponse: (status, _body, context) => {
          const s = (context as Slot).current;
          if (s) Object.assign(s, { ackAt: wallMs(), status });
          if (o.stopWhen?.()) instance.stop();
        },
      }],
    }, (err, result) => {
      if (err) return reject(err);
      resolve({ sent, startedAt, endedAt: wallMs(), errors: result.errors });
    });
    // `amount` alone could run for ever against an app that stops acknowledging.
    if (o.amount && o.seconds) setTimeout(() => instance.stop(), o.seconds * 1000).unref();
  });
}

/** Every request at once, each on its own connection; resolves when all are answered or failed. */
export async function burst(origin: string, requests: readonly SignedSlash[], timeoutMs = 10_000): Promise<Sent[]> {
  const url = new URL(EVENTS_PATH, origin);
  return Promise.all(requests.map((r) => new Promise<Sent>((resolve) => {
    const s: Sent = { id: r.id, sentAt: wallMs() };
    const req = httpRequest(url, { method: 'POST', headers: r.headers, agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(Object.assign(s, { ackAt: wallMs(), status: res.statusCode })));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(s));
    req.end(r.body);
  })));
}
