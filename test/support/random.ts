// A seeded pseudo-random generator for fuzz tests: the same seed gives the same run, so a failure
// found once is found again with FUZZ_SEED. Sizes come from the environment (FUZZ_LINES, …): small
// in `npm test`, large when run as a probe.
import { onTestFailed } from 'vitest';

export interface Random {
  readonly seed: number;
  /** A number in [0, 1). */
  next(): number;
  /** An integer from min to max, both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the values, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [number, T])[]): T;
}

/** sfc32, seeded through splitmix32: small, fast and good enough to explore inputs. */
export function seeded(seed: number): Random {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  const random: Random = {
    seed,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (!items.length) throw new Error('pick from nothing');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (entries) => {
      let r = next() * entries.reduce((sum, [w]) => sum + w, 0);
      for (const [w, value] of entries) if ((r -= w) < 0) return value;
      return entries.at(-1)![1];
    },
  };
  return random;
}

/** A positive whole number from the environment, or the default. */
export function envCount(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  return n;
}

/**
 * The seed of this run (FUZZ_SEED, else a fresh one), printed if the calling test fails, so that
 * the run can be repeated. Call it inside the test.
 */
export function fuzzSeed(sizeVar: string, size: number): Random {
  const given = process.env.FUZZ_SEED;
  const seed = given ? Number(given) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`FUZZ_SEED must be a whole number, not "${given}"`);
  onTestFailed(() => console.error(`fuzz run failed: repeat it with FUZZ_SEED=${seed} ${sizeVar}=${size}`));
  return seeded(seed);
}

export const verbose = () => process.env.FUZZ_VERBOSE === '1';
