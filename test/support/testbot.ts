// errbot-style test bot: a real bot on a fresh database (support/database.ts), driven through the console protocol.
//   const tb = await createTestBot();
//   expect(await tb.text('ärende visa')).toContain('Tingsryd');
import { randomBytes } from 'node:crypto';
import { consoleScheduling } from '../../adapters/console/scheduling.js';
import { ConsoleSession, type ConsoleOutput } from '../../adapters/console/session.js';
import { Bot } from '../../src/bot.js';
import type { ChartCache } from '../../src/charts/cache.js';
import type { Deliverable, Delivery, InboundEvent, Reply } from '../../src/core/event.js';
import { ManualClock } from '../../src/clock.js';
import { allCommands } from '../../src/commands/index.js';
import { CommandRegistry } from '../../src/commands/registry.js';
import type { CommandSpec } from '../../src/commands/spec.js';
import type { Locale } from '../../src/i18n/index.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { openDb, type Db } from '../../src/store/client.js';
import { allRowsSql, freshDatabase, saveDatabase, tableNames } from './database.js';
import { testCharts } from './charts.js';

export { freshDatabase } from './database.js';

export interface TestBotOptions {
  /** Start of the virtual clock; default Monday 2026-11-23 09:00 in Stockholm. */
  start?: Date;
  locale?: Locale;
  user?: string;
  channel?: string;
  /** The commands the bot knows; every registered command by default (tests add fixtures). */
  commands?: readonly CommandSpec[];
  /** Start from a copy of this database file (written by `saveAs`) instead of an empty one. */
  database?: string;
  /** The address the bot reaches its database at, from the real one (through a proxy that a test can cut). */
  via?: (url: string) => string;
  /** Where the bot logs; default silent. */
  logger?: Logger;
  /** Secret of the ballot voter keys; default a random one per bot. */
  ballotSecret?: string;
  /** Where charts come from; default the test file's pool of the real worker (support/charts.ts). */
  charts?: ChartCache;
}

export interface TestBot {
  db: Db;
  ballotSecret: string;
  clock: ManualClock;
  bot: Bot;
  registry: CommandRegistry;
  session: ConsoleSession;
  url: string;
  /**
   * One event through the bot, then the outbox: what it stored for the console (posts, dms, card
   * updates, in the order written) followed by its replies.
   */
  handle(event: InboundEvent): Promise<(Deliverable | Reply)[]>;
  /** Every output of one console line. */
  say(line: string): Promise<ConsoleOutput[]>;
  /** The texts of one console line's outputs, joined by newlines. */
  text(line: string): Promise<string>;
  /** Runs several lines; returns all outputs. */
  run(lines: string): Promise<ConsoleOutput[]>;
  /** Writes the database as it is now to `file`, for `createTestBot({ database: file })`. */
  saveAs(file: string): Promise<void>;
  /** Lets the bot's outbox reach another platform too (an adapter's Delivery, a recording one). */
  addDelivery(delivery: Delivery): void;
  /**
   * Delivers everything stored in the outbox so far, wherever there is a delivery for it; returns
   * (and takes) what went to the console.
   */
  delivered(): Promise<Deliverable[]>;
  /** Delivers everything stored so far and leaves what went to the console for the next line to print. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function createTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const { url, drop } = await freshDatabase(options.database);
  const logger = options.logger ?? createLogger('silent');
  const db = await openDb(options.via ? options.via(url) : url, { logger });
  const clock = new ManualClock(options.start ?? new Date('2026-11-23T08:00:00Z'));
  const locale = options.locale ?? 'sv';
  const ballotSecret = options.ballotSecret ?? randomBytes(32).toString('base64url');
  const registry = new CommandRegistry(options.commands ?? allCommands);
  const scheduling = consoleScheduling({ db, clock, logger, ballotSecret });
  const charts = options.charts ?? testCharts(logger);
  const bot = new Bot({ db, clock, logger, registry, defaultLocale: locale, defaultTimeZone: 'Europe/Stockholm', ballotSecret, charts, onStored: scheduling.nudge });
  const session = new ConsoleSession({ bot, clock, user: options.user ?? 'anna', channel: options.channel ?? 'samverkan', locale, timeZone: 'Europe/Stockholm', advance: scheduling.advance, deliver: scheduling.deliver });
  const say = (line: string) => session.line(line);
  return {
    db, ballotSecret, clock, bot, registry, session, url, say,
    text: async (line) => (await say(line)).map((o) => o.message.text).join('\n'),
    run: async (lines) => {
      const all: ConsoleOutput[] = [];
      for (const line of lines.split('\n')) all.push(...(await say(line)));
      return all;
    },
    handle: async (event) => {
      const replies = await bot.handle(event);
      return [...(await scheduling.deliver()), ...replies];
    },
    addDelivery: (delivery) => void scheduling.deliveries.push(delivery),
    delivered: scheduling.deliver,
    settled: async () => {
      scheduling.nudge();
      await scheduling.idle();
    },
    saveAs: (file) => saveDatabase(db, url, file),
    close: async () => {
      await db.$disconnect();
      await drop();
    },
  };
}

/** Row counts of every table: equal snapshots before and after show that nothing changed. */
export async function snapshot(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await tableNames(db)) {
    const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${name}"`);
    counts[name] = Number(row!.n);
  }
  return counts;
}

/** Every row of every table: equal contents before and after show that nothing changed at all. */
export async function contents(db: Db): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const name of await tableNames(db)) {
    const found = await db.$queryRawUnsafe<Record<string, unknown>[]>(allRowsSql(name));
    rows[name] = found.map((row) => JSON.stringify(row, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)));
  }
  return rows;
}
