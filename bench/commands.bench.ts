// Throughput of the command path: parsing alone, and whole `ärende visa` and `läge` through the bot on SQLite.
// Run with `npm run bench`; goals live here, never in unit tests.
import { afterAll, bench, describe } from 'vitest';
import { allCommands } from '../src/commands/index.js';
import { bindArgs, CommandRegistry } from '../src/commands/registry.js';
import { parseCommandLine } from '../src/parse/command-line.js';
import { createTestBot } from '../test/support/testbot.js';

const registry = new CommandRegistry(allCommands);
const LINE = '/samverkan ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70 inom=8 varseldatum="5 dec"';

// Set up at module load: vitest's bench mode does not run beforeAll hooks before async benches.
const tb = await createTestBot();
await tb.say(LINE);
// Three reports for `läge`: its chart is drawn once, for the first answer.
for (const [date, permanent] of [['2026-10-01', 20], ['2026-11-01', 45], ['2026-11-20', 70]] as const) {
  await tb.say(`läge rapportera tillsvidare=${permanent} visstid=10 eget=3 studier=8 söker=${150 - permanent} datum=${date}`);
}

describe('command path', () => {
  afterAll(async () => { await tb.close(); });

  bench('parse, match and validate a long command line', () => {
    const line = parseCommandLine(LINE);
    if (!line.ok) throw new Error('parse');
    const match = registry.match(line.tokens)!;
    bindArgs(match.spec, match.rest, { today: { year: 2026, month: 11, day: 22 } }, 'sv');
  });

  bench('ärende visa through the bot on SQLite', async () => {
    await tb.say('ärende visa');
  });

  bench('läge through the bot on SQLite (the chart drawn already)', async () => {
    const [answer] = await tb.say('läge');
    if (!answer?.message.files?.length) throw new Error('läge answered without its chart');
  });
});
