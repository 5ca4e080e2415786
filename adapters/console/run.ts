// Reads lines from a stream until it ends (or SIGTERM), one at a time, and prints what the bot says.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { formatJson, formatText } from './format.js';
import type { ConsoleOutput, ConsoleSession } from './session.js';

export interface RunOptions {
  session: ConsoleSession;
  input: Readable;
  output: Writable;
  format: 'text' | 'json';
  /** Resolves when the console should stop reading (SIGTERM); the line in progress completes. */
  stop?: Promise<void>;
}

export async function runConsole({ session, input, output, format, stop }: RunOptions): Promise<void> {
  const render = format === 'json' ? formatJson : formatText;
  const print = (outputs: ConsoleOutput[]) => outputs.forEach((out) => output.write(render(out) + '\n'));
  // Before any line is read: the input stays paused until the line reader below attaches to it.
  print(await session.start());
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  void stop?.then(() => rl.close());
  for await (const line of rl) print(await session.line(line));
}
