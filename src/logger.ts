import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured logs, one JSON line per event, on standard error (standard output is the console's). */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined }, pino.destination({ fd: 2, sync: true }));
}
