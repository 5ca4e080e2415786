// Reads lines from a stream until it ends (or SIGTERM), one at a time, and prints what the bot says.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { FileAttachment } from '../../src/core/message.js';
import { formatJson, formatText } from './format.js';
import type { ConsoleOutput, ConsoleSession } from './session.js';

export interface RunOptions {
  session: ConsoleSession;
  input: Readable;
  output: Writable;
  format: 'text' | 'json';
  /** Resolves when the console should stop reading (SIGTERM); the line in progress completes. */
  stop?: Promise<void>;
  /** The folder files are written to (CONSOLE_FILES); without it they are only named. */
  filesDir?: string;
}

/**
 * Writes files into `dir` under their own names; a name already written in this run gets a
 * number (`lage-2.png`), so a second chart does not replace the first.
 */
export function fileWriter(dir: string): (files: readonly FileAttachment[]) => Promise<string[]> {
  const used = new Set<string>();
  const free = (given: string) => {
    // Only a plain file name inside the folder, whatever the name says.
    const name = basename(given).replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/, '_') || 'fil';
    const ext = extname(name);
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = `${name.slice(0, name.length - ext.length)}-${n}${ext}`;
    used.add(candidate);
    return candidate;
  };
  return async (files) => {
    if (!files.length) return [];
    await mkdir(dir, { recursive: true });
    const paths: string[] = [];
    for (const f of files) {
      const path = join(dir, free(f.name));
      await writeFile(path, f.data);
      paths.push(path);
    }
    return paths;
  };
}

export async function runConsole({ session, input, output, format, stop, filesDir }: RunOptions): Promise<void> {
  const render = format === 'json' ? formatJson : formatText;
  const write = filesDir ? fileWriter(filesDir) : null;
  const print = async (outputs: ConsoleOutput[]) => {
    for (const out of outputs) output.write(render(out, write ? await write(out.message.files ?? []) : []) + '\n');
  };
  // Before any line is read: the input stays paused until the line reader below attaches to it.
  await print(await session.start());
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  void stop?.then(() => rl.close());
  for await (const line of rl) await print(await session.line(line));
}
