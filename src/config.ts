// Environment → validated configuration. Every variable is documented in .env.example.
import { z } from 'zod';
import { isTimeZone } from './time/zone.js';

const timeZone = z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Stockholm');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().regex(/^file:.+/, 'a SQLite URL such as file:./data/samverkan.db').default('file:./data/samverkan.db'),
  DEFAULT_LOCALE: z.enum(['sv', 'en']).default('sv'),
  DEFAULT_TIME_ZONE: timeZone.default('Europe/Stockholm'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  BALLOT_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  CONSOLE_FORMAT: z.enum(['text', 'json']).default('text'),
  CONSOLE_USER: z.string().regex(/^[\p{L}\p{N}._-]+$/u, 'a name without spaces, such as anna').default('me'),
  CONSOLE_CHANNEL: z.string().regex(/^[\p{L}\p{N}._-]+$/u, 'a channel name without # or spaces').default('samverkan'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3978),
  TEAMS_CLIENT_ID: z.string().optional(),
  TEAMS_CLIENT_SECRET: z.string().optional(),
  TEAMS_TENANT_ID: z.string().optional(),
  TEAMS_ALLOW_UNAUTHENTICATED: z.enum(['0', '1']).optional(),
  /** Where new 1:1 chats are created when no conversation of the user is known yet. */
  TEAMS_SERVICE_URL: z.url({ protocol: /^https?$/ }).default('https://smba.trafficmanager.net/teams'),
}).superRefine((env, ctx) => {
  if (env.TEAMS_ALLOW_UNAUTHENTICATED === '1' && env.NODE_ENV === 'production') {
    ctx.addIssue({ code: 'custom', path: ['TEAMS_ALLOW_UNAUTHENTICATED'], message: 'unset when NODE_ENV=production: it turns off the Teams token checks' });
  }
  if (env.TEAMS_CLIENT_ID && !env.TEAMS_CLIENT_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['TEAMS_CLIENT_SECRET'], message: 'set when TEAMS_CLIENT_ID is set (the bot\'s client secret)' });
  }
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
  throw new ConfigError(`configuration error: ${name} ${describe(issue)} (got ${JSON.stringify(env[name])})`);
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  return `must be ${issue.message}`;
}
