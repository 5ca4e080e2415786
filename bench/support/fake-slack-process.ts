// Starts the fake Slack (bench/apps/fake-slack.ts) and keeps, from its output, when each request's
// answer reached Slack: at its response_url, or as a channel post carrying the request's tag.
import type { FakeUser } from '../../test/support/fake-slack.js';
import { startProcess, tsEntry, type Child } from './processes.js';

export interface FakeSlackProcess {
  child: Child;
  apiUrl: string;
  respondBase: string;
  /** When (wallMs) the first answer to each request id arrived. */
  arrivals: Map<string, number>;
  /** The start of each answer's text, by request id. */
  texts: Map<string, string>;
  /** The start of every channel post's text, in order. */
  posts: string[];
  /**
   * Resolves once every id has its answer, or no answer has arrived for `quietMs`, or `capMs`
   * has passed; returns how many are still missing.
   */
  settle(ids: readonly string[], capMs: number, quietMs?: number): Promise<number>;
}

/** Polls `done` until it holds (true) or `capMs` has passed (false). */
export async function pollUntil(done: () => boolean, capMs: number): Promise<boolean> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start >= capMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

interface Line {
  kind: 'ready' | 'respond' | 'post';
  apiUrl: string;
  respondBase: string;
  id?: string;
  at: number;
  text: string;
}

export async function startFakeSlack(users: readonly FakeUser[]): Promise<FakeSlackProcess> {
  const arrivals = new Map<string, number>();
  const texts = new Map<string, string>();
  const posts: string[] = [];
  let urls: { apiUrl: string; respondBase: string } | undefined;
  let lastArrival = 0;
  const child = await startProcess({
    name: 'fake Slack',
    args: tsEntry('bench/apps/fake-slack.ts'),
    env: { BENCH_USERS: JSON.stringify(users) },
    ready: (line) => line.startsWith('{"kind":"ready"'),
    onLine: (raw) => {
      if (!raw.startsWith('{')) return;
      const line = JSON.parse(raw) as Line;
      if (line.kind === 'ready') urls = line;
      if (line.kind === 'post') posts.push(line.text);
      if (line.id && !arrivals.has(line.id)) {
        arrivals.set(line.id, line.at);
        texts.set(line.id, line.text);
        lastArrival = Date.now();
      }
    },
  });
  const settle = async (ids: readonly string[], capMs: number, quietMs = capMs): Promise<number> => {
    lastArrival = Math.max(lastArrival, Date.now());
    const missing = () => ids.filter((id) => !arrivals.has(id)).length;
    await pollUntil(() => !missing() || Date.now() - lastArrival >= quietMs, capMs);
    return missing();
  };
  return { child, apiUrl: urls!.apiUrl, respondBase: urls!.respondBase, arrivals, texts, posts, settle };
}
