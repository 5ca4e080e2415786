// Issue 15, "The console is a real front end too": files sent to the console are written to the
// CONSOLE_FILES folder and named by their path, JSON lines carry them, and each scheduled output
// says the virtual time it went out.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runConsole } from '../../adapters/console/run.js';
import { NEW_CASE } from '../support/group.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

const REPORT = 'läge rapportera tillsvidare=40 visstid=10 eget=5 studier=5 söker=100 datum=2026-11-20 källa=TRR';

/** Runs console lines through the real line loop; returns what it printed. */
async function consoleRun(tb: TestBot, lines: string[], format: 'text' | 'json', filesDir?: string): Promise<string> {
  let printed = '';
  const output = new Writable({ write(chunk: Buffer, _enc, done) { printed += chunk.toString('utf8'); done(); } });
  await runConsole({ session: tb.session, input: Readable.from(lines.map((l) => `${l}\n`)), output, format, ...(filesDir ? { filesDir } : {}) });
  return printed;
}

describe('console files and times', () => {
  let tb: TestBot;
  let dir: string;
  beforeEach(async () => {
    tb = await createTestBot(); // Monday 2026-11-23 09:00
    dir = await mkdtemp(join(tmpdir(), 'samverkan-console-files-'));
    await tb.run([NEW_CASE, 'medlem lägg till @erik org=TRR'].join('\n'));
  });
  afterEach(async () => {
    await tb.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the chart of `läge` into the folder and prints its path; a second one does not replace the first', async () => {
    const printed = await consoleRun(tb, [`@erik ${REPORT}`, '@erik läge'], 'text', join(dir, 'ut'));
    const first = join(dir, 'ut', 'lage.png');
    const second = join(dir, 'ut', 'lage-2.png');
    const sizes = [...printed.matchAll(/\[(\S+), (\d+) B\]/g)].map((m) => [m[1], Number(m[2])]);
    expect(sizes.map(([path]) => path)).toEqual([first, second]);
    const written = await readFile(first);
    expect(written.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(written.byteLength).toBe(sizes[0]![1]);
  });

  it('includes files in JSON lines: name, bytes and the written path', async () => {
    const lines = (await consoleRun(tb, [`@erik ${REPORT}`], 'json', dir)).trim().split('\n').map((l) => JSON.parse(l) as { kind: string; files?: { name: string; bytes: number; path?: string }[] });
    const post = lines.find((l) => l.files)!;
    expect(post.files).toEqual([{ name: 'lage.png', bytes: expect.any(Number), path: join(dir, 'lage.png') }]);
    expect((await readFile(join(dir, 'lage.png'))).byteLength).toBe(post.files![0]!.bytes);
    // Without a folder the file is still named, with its size, and nothing is written.
    const unwritten = (await consoleRun(tb, ['@erik läge'], 'json')).trim().split('\n').map((l) => JSON.parse(l) as { files?: unknown[] });
    expect(unwritten.find((l) => l.files)!.files).toEqual([{ name: 'lage.png', bytes: expect.any(Number) }]);
  });

  it('prints the virtual time of each scheduled output, in text and in JSON, and none on a command\'s', async () => {
    await tb.say('åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-11-25');
    const text = await consoleRun(tb, [':clock 2026-11-24T09:30'], 'text');
    expect(text).toBe(
      '[2026-11-24 09:00]\n' +
        '✉ @erik ▸ Påminnelse från Konga Bruk konkurs – dina åtgärder:\n' +
        '          • #1 Boka lokal – ska vara klar imorgon, onsdag 25 november\n' +
        '          Skriv `åtgärd klar <nr>` när en är klar eller `åtgärd flytta <nr> <datum>` för att ändra datum.\n',
    );
    const json = (await consoleRun(tb, [':clock 2026-11-25T09:30', 'åtgärd lista'], 'json')).trim().split('\n').map((l) => JSON.parse(l) as { kind: string; at?: string });
    expect(json.map((l) => [l.kind, l.at])).toEqual([['dm', '2026-11-25T09:00'], ['reply', undefined]]);
  });
});
