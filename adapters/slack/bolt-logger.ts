// Bolt and its Web API client log through the project's pino logger (one JSON line per event).
// Their debug lines are dropped at every level: they carry whole request and response bodies —
// who typed or clicked what, and what each card shows — which would put a voter beside their
// choice in an anonymous poll (docs/ARCHITECTURE.md, "Anonymous polls").
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ platform: 'slack', component: 'bolt' });
  const line = (parts: unknown[]) => parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
  return {
    debug: () => {},
    info: (...msg) => child.info(line(msg)),
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => child.error(line(msg)),
    // pino's level (LOG_LEVEL) decides; Bolt's own setting is not used.
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
