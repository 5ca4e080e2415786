import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

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
