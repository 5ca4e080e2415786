import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, slackConfigured } from '../src/config.js';

const failure = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return 'accepted';
  } catch (err) {
    return (err as Error).message;
  }
};

describe('Teams configuration', () => {
  it('refuses TEAMS_ALLOW_UNAUTHENTICATED in production with one line naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', TEAMS_ALLOW_UNAUTHENTICATED: '1' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', TEAMS_ALLOW_UNAUTHENTICATED: '1' })).toThrow(/^configuration error: TEAMS_ALLOW_UNAUTHENTICATED must be unset when NODE_ENV=production[^\n]*$/);
    expect(loadConfig({ NODE_ENV: 'development', TEAMS_ALLOW_UNAUTHENTICATED: '1' }).TEAMS_ALLOW_UNAUTHENTICATED).toBe('1');
  });

  it('wants the client secret with the client id, and a port number', () => {
    expect(() => loadConfig({ TEAMS_CLIENT_ID: 'abc' })).toThrow(/TEAMS_CLIENT_SECRET/);
    expect(loadConfig({ TEAMS_CLIENT_ID: 'abc', TEAMS_CLIENT_SECRET: 's', PORT: '8080' })).toMatchObject({ PORT: 8080, TEAMS_CLIENT_ID: 'abc' });
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});

describe('Slack configuration', () => {
  const slack = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5' };

  it('has no Slack without its variables', () => {
    const c = loadConfig({});
    expect([c.SLACK_BOT_TOKEN, c.SLACK_SIGNING_SECRET, c.SLACK_APP_TOKEN, c.SLACK_API_URL]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads the tokens, the secret, the API URL and the port', () => {
    const c = loadConfig({ ...slack, SLACK_APP_TOKEN: 'xapp-1-A1-2-b', SLACK_API_URL: 'http://127.0.0.1:9999/api/', PORT: '8080' });
    expect(c).toMatchObject({ ...slack, SLACK_APP_TOKEN: 'xapp-1-A1-2-b', SLACK_API_URL: 'http://127.0.0.1:9999/api/', PORT: 8080 });
  });

  it('names the variable in one line, without echoing a token or secret', () => {
    expect(failure({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: slack.SLACK_SIGNING_SECRET })).toBe('configuration error: SLACK_BOT_TOKEN must be a bot token starting with xoxb- (got a value that is not shown)');
    expect(failure({ SLACK_BOT_TOKEN: slack.SLACK_BOT_TOKEN })).toBe('configuration error: SLACK_SIGNING_SECRET must be set when SLACK_BOT_TOKEN is set (got undefined)');
    expect(failure({ SLACK_SIGNING_SECRET: slack.SLACK_SIGNING_SECRET })).toMatch(/^configuration error: SLACK_BOT_TOKEN must be set when/);
    expect(failure({ ...slack, SLACK_APP_TOKEN: 'xoxb-wrong' })).toMatch(/^configuration error: SLACK_APP_TOKEN must be an app-level token starting with xapp-/);
    expect(failure({ ...slack, SLACK_API_URL: 'slack.com/api' })).toBe('configuration error: SLACK_API_URL must be an http(s) URL such as https://slack.com/api/ (got "slack.com/api")');
    expect(failure({ PORT: 'http' })).toBe('configuration error: PORT must be a port number from 1 to 65535 (got "http")');
  });

  it('takes OAuth distribution instead of a bot token, and will not start it without the key that seals the tokens', () => {
    const oauth = {
      SLACK_CLIENT_ID: '1234567890.0987654321', SLACK_CLIENT_SECRET: 'c1i3nt-s3cr3t', SLACK_STATE_SECRET: 'a-state-secret-of-some-length',
      SLACK_TOKEN_KEY: Buffer.alloc(32, 1).toString('base64'), SLACK_SIGNING_SECRET: slack.SLACK_SIGNING_SECRET,
    };
    const c = loadConfig(oauth);
    expect(c).toMatchObject(oauth);
    expect(slackConfigured(c)).toBe(true);
    expect(failure({ ...oauth, SLACK_TOKEN_KEY: '' })).toBe('configuration error: SLACK_TOKEN_KEY must be set when SLACK_CLIENT_ID is set (OAuth distribution) (got "")');
    expect(failure({ ...oauth, SLACK_TOKEN_KEY: Buffer.alloc(16).toString('base64') })).toBe('configuration error: SLACK_TOKEN_KEY must be 32 bytes in base64 (openssl rand -base64 32) (got a value that is not shown)');
    expect(failure({ ...oauth, SLACK_STATE_SECRET: '' })).toMatch(/^configuration error: SLACK_STATE_SECRET must be set when SLACK_CLIENT_ID is set/);
    expect(failure({ ...oauth, SLACK_BOT_TOKEN: slack.SLACK_BOT_TOKEN })).toMatch(/^configuration error: SLACK_BOT_TOKEN must be unset when SLACK_CLIENT_ID is set/);
    expect(failure({ ...oauth, SLACK_APP_TOKEN: 'xapp-1-A1-2-b' })).toMatch(/^configuration error: SLACK_APP_TOKEN must be unset when SLACK_CLIENT_ID is set/);
  });
});

describe('Database configuration', () => {
  it('takes a SQLite file or a PostgreSQL server, with pool settings that default to bounded waits', () => {
    expect(loadConfig({}).DATABASE_URL).toBe('file:./data/samverkan.db');
    const pg = loadConfig({ DATABASE_URL: 'postgresql://samverkan:pw@db:5432/samverkan', BALLOT_SECRET: 'a-secret-of-some-length' });
    expect(pg).toMatchObject({ DATABASE_POOL_MAX: 10, DATABASE_CONNECT_TIMEOUT_MS: 5000, DATABASE_STATEMENT_TIMEOUT_MS: 15000 });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/samverkan', BALLOT_SECRET: 'a-secret-of-some-length', DATABASE_POOL_MAX: '30' }).DATABASE_POOL_MAX).toBe(30);
    expect(failure({ DATABASE_URL: 'mysql://db/samverkan' })).toMatch(/^configuration error: DATABASE_URL/);
  });

  it('wants BALLOT_SECRET on PostgreSQL, where there is no file beside the database to keep a key in', () => {
    expect(failure({ DATABASE_URL: 'postgres://db/samverkan' })).toMatch(/^configuration error: BALLOT_SECRET must be set when DATABASE_URL is PostgreSQL/);
  });
});
