// The Teams SDK logs through its ILogger; this one writes to the project's pino logger instead of
// the console, one structured line per call. Its debug and trace lines are dropped at every level:
// they carry whole activities — who typed or clicked what — which would put a voter beside their
// choice in an anonymous poll (docs/ARCHITECTURE.md, "Anonymous polls").
import type { AppOptions, IPlugin } from '@microsoft/teams.apps';
import type { Logger } from '../../src/logger.js';

// The SDK's logger interface, named through the App's options (its package is not a direct dependency).
type ILogger = NonNullable<AppOptions<IPlugin>['logger']>;
type LogLevel = Parameters<ILogger['log']>[0];

export function sdkLogger(logger: Logger, name = 'teams-sdk'): ILogger {
  const write = (level: LogLevel, msg: unknown[]) => {
    if (level === 'debug' || level === 'trace') return;
    const [first, ...rest] = msg;
    const text = typeof first === 'string' ? first : first instanceof Error ? first.message : 'teams sdk';
    const detail = typeof first === 'string' ? rest : msg;
    logger[level]({ sdk: name, ...(detail.length ? { detail: detail.map((d) => (d instanceof Error ? { message: d.message } : d)) } : {}) }, text);
  };
  return {
    debug: (...msg) => write('debug', msg),
    info: (...msg) => write('info', msg),
    warn: (...msg) => write('warn', msg),
    error: (...msg) => write('error', msg),
    trace: (...msg) => write('trace', msg),
    log: (level, ...msg) => write(level, msg),
    child: (child) => sdkLogger(logger, `${name}/${child}`),
  };
}
