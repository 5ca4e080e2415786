// Where a V8 CPU profile (`node --cpu-prof`) spent its time: self time of every sample within a
// window, by the package of the function (node_modules/<package>, Samverkan's own directories,
// Node's internals; a native function counts with its caller, better-sqlite3's `run` with
// better-sqlite3) and by a coarser kind (Prisma, HTTP out, Bolt, garbage collection, …).
import { readFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** V8's own entries; other frames without a script are native functions, counted with their caller. */
const V8_ENTRIES = new Set(['(garbage collector)', '(idle)', '(program)', '(root)']);

/** The package a frame's script belongs to. */
function packageOf(url: string): string {
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (module) return module;
  if (url.includes('deps/undici')) return 'undici (Node\'s fetch)';
  if (url.startsWith('node:')) return `node:${url.slice(5).replace(/^internal\//, '').split('/')[0]}`;
  if (url.startsWith('wasm://')) return 'wasm';
  // dist/ when the built program runs, the TypeScript files when a bench runs it in its own process.
  const own = /\/(?:dist\/)?((?:src|adapters|bench|test)\/[^/]+)/.exec(url)?.[1];
  return own ? `samverkan ${own.replace(/\.[jt]s$/, '')}` : url;
}

const KINDS: [string, RegExp][] = [
  ['Prisma (client, SQLite adapter, better-sqlite3)', /^(@prisma\/|better-sqlite3)/],
  ['garbage collection', /^\(garbage collector\)$/],
  ['Samverkan (src/, adapters/)', /^samverkan (src|adapters)\//],
  ['HTTP out (answers at response_url, Web API calls, sockets)', /undici|^node:(http|_http|streams|stream|stream_base_commons|net|webstreams)|^@slack\/web-api|^axios|^form-data/],
  ['Bolt (request, signature)', /^@slack\/bolt|^raw-body|^tsscmp|^node:(crypto|querystring)/],
  ['zod (argument schemas)', /^zod$/],
  ['logging (pino)', /^(pino|sonic-boom|thread-stream)/],
];

const kindOf = (pkg: string) => KINDS.find(([, re]) => re.test(pkg))?.[0] ?? 'other (Node internals, microtasks, timers)';

export interface ProfileShare {
  name: string;
  ms: number;
  /** Of the busy (not idle) time in the window. */
  percent: number;
}

export interface ProfileSummary {
  windowMs: number;
  busyMs: number;
  packages: ProfileShare[];
  kinds: ProfileShare[];
}

export async function readProfile(file: string): Promise<CpuProfile> {
  return JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
}

/** Self time between `fromMs` and `toMs` after the profile's start. */
export function summarizeProfile(profile: CpuProfile, fromMs = 0, toMs = Infinity): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id] as const)));
  const packages = new Map<number, string>();
  const packageAt = (id: number): string => {
    let pkg = packages.get(id);
    if (pkg) return pkg;
    const { functionName, url } = nodes.get(id)!.callFrame;
    const parent = parents.get(id);
    if (url) pkg = packageOf(url);
    else if (V8_ENTRIES.has(functionName) || parent === undefined) pkg = functionName;
    else pkg = packageAt(parent);
    packages.set(id, pkg);
    return pkg;
  };
  const byPackage = new Map<string, number>();
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at / 1000 < fromMs || at / 1000 > toMs) continue;
    const pkg = packageAt(profile.samples[i]!);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + delta / 1000);
  }
  const idleMs = byPackage.get('(idle)') ?? 0;
  byPackage.delete('(idle)');
  const busyMs = [...byPackage.values()].reduce((a, b) => a + b, 0);
  const byKind = new Map<string, number>();
  for (const [pkg, ms] of byPackage) byKind.set(kindOf(pkg), (byKind.get(kindOf(pkg)) ?? 0) + ms);
  const shares = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms: Math.round(ms), percent: Math.round((1000 * ms) / busyMs) / 10 }));
  return { windowMs: Math.round(busyMs + idleMs), busyMs: Math.round(busyMs), packages: shares(byPackage), kinds: shares(byKind) };
}

/** Runs `work` under V8's profiler in this process and returns its result and profile. */
export async function profiled<T>(work: () => Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const result = await work();
    const { profile } = await session.post('Profiler.stop');
    return { result, profile: profile as unknown as CpuProfile };
  } finally {
    session.disconnect();
  }
}
