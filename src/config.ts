// Environment → validated configuration. Every variable is documented in .env.example.
import { z } from 'zod';
import { isTimeZone } from './time/zone.js';

const timeZone = z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Stockholm');

const PORT = 'a port number from 1 to 65535';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().regex(/^(file:|postgres(ql)?:\/\/).+/, 'a SQLite URL such as file:./data/samverkan.db, or a PostgreSQL URL postgres://user:password@host:5432/database').default('file:./data/samverkan.db'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(1000).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  MIGRATION_LOCK_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(300_000),
  DEFAULT_LOCALE: z.enum(['sv', 'en']).default('sv'),
  DEFAULT_TIME_ZONE: timeZone.default('Europe/Stockholm'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  BALLOT_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  CONSOLE_FORMAT: z.enum(['text', 'json']).default('text'),
  CONSOLE_USER: z.string().regex(/^[\p{L}\p{N}._-]+$/u, 'a name without spaces, such as anna').default('me'),
  CONSOLE_CHANNEL: z.string().regex(/^[\p{L}\p{N}._-]+$/u, 'a channel name without # or spaces').default('samverkan'),
  PORT: z.coerce.number({ error: PORT }).int(PORT).min(1, PORT).max(65535, PORT).default(3978),
  TEAMS_CLIENT_ID: z.string().optional(),
  TEAMS_CLIENT_SECRET: z.string().optional(),
  TEAMS_TENANT_ID: z.string().optional(),
  TEAMS_ALLOW_UNAUTHENTICATED: z.enum(['0', '1']).optional(),
  /** Where new 1:1 chats are created when no conversation of the user is known yet. */
  TEAMS_SERVICE_URL: z.url({ protocol: /^https?$/ }).default('https://smba.trafficmanager.net/teams'),
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-\S+$/, 'a bot token starting with xoxb-').optional(),
  SLACK_SIGNING_SECRET: z.string().regex(/^\S{8,}$/, 'the signing secret from the app\'s Basic Information page').optional(),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-\S+$/, 'an app-level token starting with xapp-').optional(),
  /** Where the public pages are reached from outside (a reverse proxy's address); default http://localhost:PORT. */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://samverkan.kommun.se' }).optional(),
  SLACK_API_URL: z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://slack.com/api/' }).optional(),
}).superRefine((env, ctx) => {
  if (env.TEAMS_ALLOW_UNAUTHENTICATED === '1' && env.NODE_ENV === 'production') {
    ctx.addIssue({ code: 'custom', path: ['TEAMS_ALLOW_UNAUTHENTICATED'], message: 'unset when NODE_ENV=production: it turns off the Teams token checks' });
  }
  // Every instance must seal and open ballots with the same key, and there is no file beside the database to keep it in.
  if (!env.DATABASE_URL.startsWith('file:') && !env.BALLOT_SECRET) ctx.addIssue({ code: 'custom', path: ['BALLOT_SECRET'], message: 'set when DATABASE_URL is PostgreSQL (the same secret on every instance)' });
  if (env.TEAMS_CLIENT_ID && !env.TEAMS_CLIENT_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['TEAMS_CLIENT_SECRET'], message: 'set when TEAMS_CLIENT_ID is set (the bot\'s client secret)' });
  }
  // The Slack adapter runs when both are set; one without the other is a mistake worth naming.
  if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET) ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'set when SLACK_BOT_TOKEN is set' });
  if (!env.SLACK_BOT_TOKEN && (env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN)) ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'set when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set' });
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Validates the environment; the message of a ConfigError is the one line main prints. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = schema.safeParse(blankAsUnset);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0]);
  // Tokens and secrets are not echoed: this line ends up in logs.
  const got = /TOKEN|SECRET/.test(name) && env[name] ? 'a value that is not shown' : JSON.stringify(env[name]);
  throw new ConfigError(`configuration error: ${name} ${describe(issue)} (got ${got})`);
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  return `must be ${issue.message}`;
}

export function slackConfigured(config: Config): boolean {
  return Boolean(config.SLACK_BOT_TOKEN && config.SLACK_SIGNING_SECRET);
}

export function teamsConfigured(config: Config): boolean {
  return Boolean(config.TEAMS_CLIENT_ID) || config.TEAMS_ALLOW_UNAUTHENTICATED === '1';
}

/** The address public pages are linked from, without a trailing slash. */
export function publicBaseUrl(config: Config): string {
  return (config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}
