// The console protocol (docs/ARCHITECTURE.md): command lines, `@name` to speak as someone,
// `#channel` to switch channel, `:clock <time>` to move the virtual clock.
import type { Bot } from '../../src/bot.js';
import type { ManualClock } from '../../src/clock.js';
import type { Deliverable, Reply } from '../../src/core/event.js';
import { plainMessage, type Message } from '../../src/core/message.js';
import { plainText } from '../../src/text/plain.js';
import { translator, type Locale } from '../../src/i18n/index.js';
import type { Logger } from '../../src/logger.js';
import { isStorageFailure } from '../../src/store/failures.js';
import { localParts } from '../../src/time/zone.js';
import { toIso } from '../../src/time/local-date.js';
import { formatTime } from '../../src/render/when.js';
import { parseClock } from './clock-arg.js';

export const CONSOLE = 'console';

/** What was delivered, with the virtual time it was stored at (a scheduled post: the time it fell due). */
export type Delivered = Deliverable & { at?: Date };

/**
 * What the console prints: the bot's outputs, addressed in console terms, as plain text; a
 * scheduled one with the virtual local time it went out (`2026-11-30T08:00`, as `:clock` takes it).
 */
export type ConsoleOutput = (
  | { kind: 'post'; channel: string; message: Message<string> }
  | { kind: 'reply'; to: string; message: Message<string> }
  | { kind: 'dm'; to: string; message: Message<string> }
) & { at?: string };

export interface SessionOptions {
  bot: Bot;
  clock: ManualClock;
  user: string;
  channel: string;
  locale: Locale;
  timeZone: string;
  /** Runs what falls due while the clock moves to `to` (the scheduler); returns what it posted. */
  advance?: (to: Date) => Promise<Delivered[]>;
  /** Runs what was missed while the console was not running; returns what it posted. */
  startUp?: () => Promise<Delivered[]>;
  /** Delivers what a command stored in the outbox; returns it. */
  deliver?: () => Promise<Deliverable[]>;
  /** Where a failure of the scheduler or the storage is logged (commands log their own). */
  logger?: Logger;
}

export class ConsoleSession {
  #user: string;
  #channel: string;

  constructor(private readonly options: SessionOptions) {
    this.#user = options.user;
    this.#channel = options.channel;
  }

  get channel(): string {
    return this.#channel;
  }

  /** What the scheduler delivers before the first line. */
  async start(): Promise<ConsoleOutput[]> {
    return this.#scheduled(this.options.startUp ? await this.options.startUp() : []);
  }

  async line(input: string): Promise<ConsoleOutput[]> {
    const line = input.trim();
    if (!line || line.startsWith('//')) return [];
    if (/^#[\p{L}\p{N}._-]+$/u.test(line)) {
      this.#channel = line.slice(1);
      return [];
    }
    if (line.startsWith(':clock')) return this.#clock(line.slice(':clock'.length).trim()).catch((err: unknown) => [this.#failed(err)]);
    const speaker = /^@([\p{L}\p{N}._-]+)\s+([\s\S]*)$/u.exec(line);
    if (speaker) return this.#command(speaker[1]!, speaker[2]!);
    if (line.startsWith(':') || line.startsWith('#')) return [this.#note('console.bad_line')];
    return this.#command(this.#user, line);
  }

  async #command(user: string, text: string): Promise<ConsoleOutput[]> {
    const replies = await this.options.bot.handle({
      platform: CONSOLE,
      user: { id: user, name: user },
      channel: { id: this.#channel, name: this.#channel },
      text,
    });
    // What the command stored for the group first, then what it answered the sender.
    const delivered = this.options.deliver ? await this.options.deliver() : [];
    return this.#toConsole([...delivered, ...replies], user);
  }

  async #clock(value: string): Promise<ConsoleOutput[]> {
    const to = parseClock(value, this.options.timeZone);
    if (!to) return [this.#note('console.bad_clock')];
    const now = this.options.clock.now();
    if (to < now) return [this.#note('console.clock_backwards', { now: now.toISOString() })];
    const outputs = this.options.advance ? await this.options.advance(to) : [];
    this.options.clock.set(to);
    return this.#scheduled(outputs);
  }

  /** What the scheduler sent, each with the virtual time it went out. */
  #scheduled(outputs: readonly Delivered[]): ConsoleOutput[] {
    return outputs.flatMap((o) => this.#toConsole([o], this.#user).map((c) => (o.at ? { ...c, at: this.#local(o.at) } : c)));
  }

  #local(at: Date): string {
    const local = localParts(at, this.options.timeZone);
    return `${toIso(local)}T${formatTime(local)}`;
  }

  /** The scheduler could not run (the storage is unusable, say): one line, and the session goes on. */
  #failed(err: unknown): ConsoleOutput {
    const storage = isStorageFailure(err);
    this.options.logger?.error({ err, platform: CONSOLE }, storage ? 'storage unavailable' : 'scheduled jobs failed');
    return this.#note(storage ? 'error.storage' : 'error.internal');
  }

  #note(key: Parameters<ReturnType<typeof translator>>[0], params?: Record<string, string>): ConsoleOutput {
    return { kind: 'reply', to: this.#user, message: { text: plainText(translator(this.options.locale)(key, params)) } };
  }

  /**
   * Only console addresses are printed; other platforms' adapters deliver their own. A console
   * line is never edited, so in-place updates are not printed: `visa` commands show the state.
   */
  #toConsole(outputs: readonly (Deliverable | Reply)[], sender: string): ConsoleOutput[] {
    return outputs.flatMap((o): ConsoleOutput[] => {
      const message = plainMessage(o.message);
      if (o.kind === 'reply') return [{ kind: 'reply', to: sender, message }];
      if (o.kind === 'update' || o.platform !== CONSOLE) return [];
      return o.kind === 'post' ? [{ kind: 'post', channel: o.channelId, message }] : [{ kind: 'dm', to: o.userId, message }];
    });
  }
}
