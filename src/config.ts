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
