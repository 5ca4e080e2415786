// Issue 11's console probe as a test: generated lines (test/support/fuzz-lines.ts) by speakers of
// every role, in several channels, with the clock moving, against the real bot. Per line: nothing
// throws, no answer is the internal-error or storage text, every command line is answered, and a
// refused line leaves the database exactly as it was.
//   FUZZ_LINES=5000 FUZZ_SEED=123 FUZZ_VERBOSE=1 npx vitest run test/console/fuzz.test.ts
import { describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { CommandRegistry } from '../../src/commands/registry.js';
import { parseCommandLine } from '../../src/parse/command-line.js';
import { consoleLine, type ConsoleFuzzState } from '../support/fuzz-lines.js';
import { codeIn, newCode, setUpGroup } from '../support/group.js';
import { envCount, fuzzSeed, verbose } from '../support/random.js';
import { isFailure, refusalKey } from '../support/refusals.js';
import { writeMark } from '../support/database.js';
import { contents, createTestBot, type TestBot } from '../support/testbot.js';

const LINES = envCount('FUZZ_LINES', 300);
const registry = new CommandRegistry(allCommands);

/**
 * In the state's home channel: anna leads, erik is a member, sara observes, bengt waits for
 * approval of the pending channel; nils, olle and främling are strangers. An action, two polls
 * (one anonymous), a meeting with an agenda item and a report give the numbers in generated lines
 * something to point at.
 */
async function setUpFuzzGroup(tb: TestBot, state: ConsoleFuzzState): Promise<void> {
  await tb.say(`#${state.home}`);
  await setUpGroup(tb);
  await tb.run([
    'åtgärd ny "Boka lokal" ansvarig=@erik senast=imorgon',
    'omröstning ny "Jobbmässa i mars?" alternativ="Ja|Nej|Avstår"',
    'omröstning ny "Studiebesök?" anonym',
    'möte ny tisdag 10:00 plats="Kommunhuset"',
    'dagordning lägg till "Jobbklubb"',
    'läge rapportera tillsvidare=10 söker=5',
  ].join('\n'));
  const code = await newCode(tb, { channel: state.home });
  await tb.run([`#${state.pending}`, `@bengt ärende koppla ${code}`, `#${state.home}`].join('\n'));
}

/**
 * A run that closes its case (or unlinks its channel) would spend the rest of its lines on the
 * same refusal: it goes on with a new group in new channels.
 */
async function homeGone(tb: TestBot, home: string): Promise<boolean> {
  const link = await tb.db.channelLink.findFirst({ where: { platform: 'console', channelId: home }, include: { case: true } });
  return link?.case.status !== 'open';
}

/** Lines the console answers with nothing by design: blank, a comment, a channel switch, a clock move. */
function isCommandLine(line: string): boolean {
  const l = line.trim();
  return !!l && !l.startsWith('//') && !/^#[\p{L}\p{N}._-]+$/u.test(l) && !l.startsWith(':clock');
}

/** The command a line runs, if it names one (the speaker prefix taken off). */
function commandOf(line: string): string | undefined {
  const parsed = parseCommandLine(line.trim().replace(/^@[\p{L}\p{N}._-]+\s+/u, ''));
  return parsed.ok ? registry.match(parsed.tokens)?.spec.id : undefined;
}

// An attempt to link a channel with a code is audited even when refused (docs/ARCHITECTURE.md,
// "Access"): its audit entry, the failed code it counts and the sender's user row may be new.
const AUDITED_ATTEMPT = new Set(['AuditEntry', 'LinkFailure', 'User']);
/** A code typed in vain, for a channel or for an account, is audited and counted against the sender. */
const CODE_ATTEMPTS = new Set(['case_link', 'account_link']);

function changedTables(before: Record<string, unknown[]>, after: Record<string, unknown[]>): string[] {
  return Object.keys(after).filter((table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]));
}

describe('console fuzz', () => {
  it(`keeps issue 11's invariants over ${LINES} generated lines`, { timeout: 60_000 + LINES * 500 }, async () => {
    const rng = fuzzSeed('FUZZ_LINES', LINES);
    const tb = await createTestBot();
    const counts = { lines: 0, commands: 0, refusals: 0, successes: 0, groups: 1 };
    const started = Date.now();
    try {
      const state: ConsoleFuzzState = { now: tb.clock.now(), codes: [], home: 'samverkan', pending: 'bengts-kanal' };
      await setUpFuzzGroup(tb, state);
      let before = await contents(tb.db);
      let written = await writeMark(tb.db);
      for (let i = 0; i < LINES; i++) {
        const line = consoleLine(rng, state);
        const where = `line ${i} (seed ${rng.seed}): ${JSON.stringify(line.length > 300 ? `${line.slice(0, 300)}…` : line)}`;
        const outputs = await tb.say(line).catch((err: unknown) => expect.fail(`${where} threw ${String(err)}`));
        const texts = outputs.map((o) => o.message.text);
        counts.lines++;
        state.now = tb.clock.now();
        state.codes.push(...outputs.filter((o) => o.kind === 'dm' && /\b[A-Z0-9]{5}-[A-Z0-9]{5}\b/.test(o.message.text)).map((o) => codeIn(o.message.text)));
        expect(texts.filter(isFailure), where).toEqual([]);
        const nowWritten = await writeMark(tb.db);
        const changed = nowWritten !== written;
        written = nowWritten;
        const after = changed ? await contents(tb.db) : before;
        if (isCommandLine(line)) {
          counts.commands++;
          expect(outputs.length, `${where}: no answer`).toBeGreaterThan(0);
          const refused = texts.map(refusalKey).find((key) => key);
          if (refused) {
            counts.refusals++;
            const exempt = CODE_ATTEMPTS.has(commandOf(line) ?? '') && refused !== 'arg.error' ? AUDITED_ATTEMPT : new Set<string>();
            expect(changedTables(before, after).filter((t) => !exempt.has(t)), `${where}: refused (${refused}) but changed`).toEqual([]);
          } else counts.successes++;
        }
        if (changed && (await homeGone(tb, state.home))) {
          counts.groups++;
          Object.assign(state, { home: `samverkan-${counts.groups}`, pending: `bengts-kanal-${counts.groups}` });
          await setUpFuzzGroup(tb, state);
          before = await contents(tb.db);
          written = await writeMark(tb.db);
        } else before = after;
      }
    } finally {
      await tb.close();
      if (verbose()) console.info(`console fuzz: ${JSON.stringify(counts)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  });
});
