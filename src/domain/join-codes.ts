// One-time join codes: how they look, how they are stored, and when attempts are refused. A code
// links a channel; it never makes anyone a member (docs/ARCHITECTURE.md, "Access").
import { createHmac, randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read aloud and typed from paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 31^10 ≈ 2^49: far beyond guessing within the attempt limit. */
const LENGTH = 10;
const GROUP = 5;

export const DEFAULT_VALID_HOURS = 24;
export const MAX_VALID_HOURS = 168;

/** Failed attempts within WINDOW_MS allowed per user and per channel; after that, refusal for WINDOW_MS. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 60 * 60 * 1000;
/** How far back failures can still matter to `refusedUntil`. */
export const FAILURE_LOOKBACK_MS = 2 * WINDOW_MS;

export function newJoinCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** A code as shown: two groups, `ABCDE-FGHJK`. */
export function showJoinCode(code: string): string {
  return `${code.slice(0, GROUP)}-${code.slice(GROUP)}`;
}

/** A typed code in its stored form (upper case, without dashes or spaces), or null if it cannot be one. */
export function normalJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return code.length === LENGTH && [...code].every((ch) => ALPHABET.includes(ch)) ? code : null;
}

/** What the database keeps of a code: a keyed hash, useless without the secret kept outside it. */
export function joinCodeHash(secret: string, code: string): string {
  return createHmac('sha256', secret).update(`join-code:${code}`).digest('hex');
}

/**
 * Until when attempts are refused, given the times of recent failures (any order): MAX_FAILURES
 * of them within WINDOW_MS refuse further attempts for WINDOW_MS after the last of them.
 */
export function refusedUntil(failures: readonly Date[], now: Date): Date | null {
  const times = failures.map((f) => f.getTime()).sort((a, b) => a - b);
  let until = 0;
  for (let i = MAX_FAILURES - 1; i < times.length; i++) {
    if (times[i]! - times[i - MAX_FAILURES + 1]! <= WINDOW_MS) until = Math.max(until, times[i]! + WINDOW_MS);
  }
  return until > now.getTime() ? new Date(until) : null;
}
