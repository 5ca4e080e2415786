import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ballotKeyPath, loadBallotSecret } from '../../src/store/ballot-key.js';

describe('ballot secret', () => {
  let dir: string;
  let url: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-key-'));
    url = `file:${join(dir, 'samverkan.db')}`;
  });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('uses BALLOT_SECRET when set and writes no file', async () => {
    expect(loadBallotSecret('a-configured-secret-of-some-length', url)).toBe('a-configured-secret-of-some-length');
    await expect(stat(ballotKeyPath(url))).rejects.toThrow();
  });

  it('otherwise makes a key file beside the database once, readable by its owner only', async () => {
    const first = loadBallotSecret(undefined, url);
    expect(ballotKeyPath(url)).toBe(join(dir, 'ballot.key'));
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect((await stat(ballotKeyPath(url))).mode & 0o777).toBe(0o600);
    expect(loadBallotSecret(undefined, url)).toBe(first);
    expect((await readFile(ballotKeyPath(url), 'utf8')).trim()).toBe(first);
  });
});
