// The real program, built (`npm run build`) and started as `npm start` does, in Slack HTTP mode
// against the fake Slack: dist/src/main.js with Slack credentials in its environment.
import { join } from 'node:path';
import { projectRoot } from '../../src/store/paths.js';
import { startProcess, type Child } from './processes.js';
import { BALLOT_SECRET, BOT_TOKEN, SIGNING_SECRET } from './slash-requests.js';

export interface BotSpec {
  databaseUrl: string;
  apiUrl: string;
  port: number;
  /** A directory without a .env file, which the program would read. */
  cwd: string;
  fakeTimeUtc?: Date;
  /** Arguments to node before the program's file. */
  nodeArgs?: string[];
  /** Every log line (pino JSON on standard error, info level as in production). */
  onLine?: (line: string) => void;
  readyTimeoutMs?: number;
}

export function startBot(spec: BotSpec): Promise<Child> {
  return startProcess({
    name: 'bot',
    args: [...(spec.nodeArgs ?? []), join(projectRoot, 'dist', 'src', 'main.js')],
    cwd: spec.cwd,
    env: {
      NODE_ENV: 'production', LOG_LEVEL: 'info', DATABASE_URL: spec.databaseUrl, PORT: String(spec.port),
      SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: spec.apiUrl, BALLOT_SECRET,
    },
    ready: (line) => line.includes('"msg":"ready"'),
    ...(spec.fakeTimeUtc ? { fakeTimeUtc: spec.fakeTimeUtc } : {}),
    ...(spec.onLine ? { onLine: spec.onLine } : {}),
    readyTimeoutMs: spec.readyTimeoutMs ?? 300_000,
  });
}
