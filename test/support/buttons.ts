import { expect } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { bindArgs, CommandRegistry } from '../../src/commands/registry.js';
import type { Message } from '../../src/core/message.js';
import { parseCommandLine } from '../../src/parse/command-line.js';

const registry = new CommandRegistry(allCommands);

/** The commands of a message's buttons, each checked to name a registered command with valid arguments. */
export function buttonCommands(message: Message<string>, today = { year: 2026, month: 11, day: 23 }): string[] {
  const commands = (message.card?.sections ?? []).flatMap((s) => s.buttons ?? []).map((b) => b.command);
  for (const command of commands) {
    const line = parseCommandLine(command);
    if (!line.ok) throw new Error(`button command does not parse: ${command}`);
    const match = registry.match(line.tokens);
    expect(match, command).not.toBeNull();
    expect(bindArgs(match!.spec, match!.rest, { today }, 'sv').ok, command).toBe(true);
  }
  return commands;
}
