import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonLines, runScript, startProgram } from '../support/program.js';

const CREATE = '/samverkan ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs';

describe('the program in console mode', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-e2e-'));
    env = { DATABASE_URL: `file:${join(dir, 'data', 'samverkan.db')}`, CONSOLE_FORMAT: 'json' };
  });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('runs a piped script, prints only JSON lines on stdout and exits 0 at end of input', async () => {
    const result = await runScript(`${CREATE}\n/samverkan ärende visa\n`, env);
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ kind: 'post', channel: 'samverkan' });
    expect(lines[1]).toMatchObject({ kind: 'reply' });
    expect(lines[1]!.text).toContain('Konga Bruk konkurs');
    expect(lines[1]!.text).toContain('Tingsryd');
    expect(lines[1]!.text).toContain('211');
    expect(lines[1]!.card).toMatchObject({ title: 'Konga Bruk konkurs' });
  });

  it('refuses berörda=abc, keeps going with the next line, and a restart finds the data', async () => {
    const bad = CREATE.replace('berörda=211', 'berörda=abc');
    const first = await runScript(`${bad}\n/samverkan ärende visa\n${CREATE}\n`, env);
    const lines = jsonLines(first.stdout);
    expect(lines.map((l) => l.kind)).toEqual(['reply', 'reply', 'post']);
    expect(lines[0]!.text).toContain('berörda');
    expect(lines[1]!.text).toContain('hör inte till något ärende');
    const second = await runScript('/samverkan ärende visa\n', env);
    expect(jsonLines(second.stdout)[0]!.text).toContain('Konga Bruk konkurs');
  });

  it('speaks as @name, switches #channel and moves the :clock forward only', async () => {
    // The program's clock starts at the real time; with no case yet, moving it prints nothing.
    const later = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16) + 'Z';
    const script = [':clock 2020-01-01T08:00', `:clock ${later}`, ':clock igår', CREATE, '@erik /samverkan ärende visa', '#annan', '/samverkan ärende visa'];
    const result = await runScript(script.join('\n') + '\n', env);
    const texts = jsonLines(result.stdout).map((l) => l.text as string);
    expect(texts[0]).toContain('bara flyttas framåt');
    expect(texts[1]).toContain(':clock 2026-12-07T08:00');
    expect(texts[2]).toContain('är skapat');
    expect(texts[3]).toContain('inte medlem');
    expect(texts[4]).toContain('hör inte till något ärende');
    expect(texts).toHaveLength(5);
  });

  it('finishes the current line on SIGTERM, closes the database, and the next start loses nothing', async () => {
    const { child, done } = startProgram(env);
    child.stdin!.write(`${CREATE}\n`);
    await new Promise<void>((resolve) => child.stdout!.on('data', () => resolve()));
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/Error|at .*\.ts/);
    const again = await runScript('/samverkan ärende visa\n', env);
    expect(again.code).toBe(0);
    expect(jsonLines(again.stdout)[0]!.text).toContain('Konga Bruk konkurs');
  });

  it('refuses a second process on the same SQLite file with one line, and a killed first process leaves no stale lock', async () => {
    const first = startProgram(env);
    first.child.stdin!.write(`${CREATE}\n`);
    await new Promise<void>((resolve) => first.child.stdout!.once('data', () => resolve()));
    const second = await runScript('/samverkan ärende visa\n', env);
    expect(second.code).toBe(3);
    expect(second.stdout).toBe('');
    expect(second.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn'))).toEqual([expect.stringMatching(/samverkan\.db is in use by another Samverkan process/)]);
    first.child.kill('SIGKILL');
    await first.done;
    const third = await runScript('/samverkan ärende visa\n', env);
    expect(third.code).toBe(0);
    expect(jsonLines(third.stdout)[0]!.text).toContain('Konga Bruk konkurs');
  });

  it('stops on a malformed setting with one line naming the variable, exit code 2', async () => {
    const cases = [['DEFAULT_LOCALE', 'de'], ['DATABASE_URL', 'mysql://x'], ['CONSOLE_FORMAT', 'xml'], ['DEFAULT_TIME_ZONE', 'Mars/Olympus']] as const;
    const results = await Promise.all(cases.map(([name, value]) => runScript('', { ...env, [name]: value })));
    results.forEach((result, i) => {
      const name = cases[i]![0];
      expect(result.code, name).toBe(2);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn'));
      expect(lines, name).toHaveLength(1);
      expect(lines[0]).toContain(name);
    });
  }, 120_000);

  it('reads settings from .env in the working directory, the environment taking precedence', async () => {
    await writeFile(join(dir, '.env'), 'DATABASE_URL=file:./data/from-env-file.db\nCONSOLE_FORMAT=json\nDEFAULT_LOCALE=en\n');
    const result = await runScript('xyz\n', {}, dir);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)[0]!.text).toContain('Unknown command: "xyz"');
    expect(existsSync(join(dir, 'data', 'from-env-file.db'))).toBe(true);
    const overridden = await runScript('xyz\n', { DEFAULT_LOCALE: 'sv' }, dir);
    expect(jsonLines(overridden.stdout)[0]!.text).toContain('Okänt kommando');
  });
});
