// What a command handler gets: who asked, where, in which language and case, and where to answer.
import type { ChartCache } from '../charts/cache.js';
import type { Clock } from '../clock.js';
import type { ChannelAddress, EntityRef, InboundEvent, Recipient } from '../core/event.js';
import type { Message } from '../core/message.js';
import type { Locale, Translate } from '../i18n/index.js';
import type { Db, Tx } from '../store/client.js';
import type { Case, Member, User } from '../store/models.js';
import type { LocalDate } from '../time/local-date.js';

/**
 * What `hjälp` needs to know of the command list. Declared here, not imported from registry.ts,
 * because registry.ts → spec.ts → context.ts would otherwise be a cycle.
 */
export interface CommandEntry {
  id: string;
  words: { sv: string; en: string };
  aliases?: readonly string[];
  role: string;
}

/** The commands that share a first word (areas.ts). */
export interface AreaEntry {
  key: string;
  words: { sv: string; en: string };
  commands: readonly CommandEntry[];
}

export interface CommandList {
  readonly commands: readonly CommandEntry[];
  readonly areas: readonly AreaEntry[];
  area(word: string): AreaEntry | undefined;
  find(words: string): CommandEntry | undefined;
}

/** A stand-in acting for a member: who is replaced, for the audit's `onBehalfOf` and the replies. */
export interface ActingStandin {
  id: number;
  /** The replaced member's row as stored. */
  member: Member;
  memberName: string;
  organisationName: string | null;
}

export interface CommandContext {
  db: Db;
  clock: Clock;
  event: InboundEvent;
  locale: Locale;
  t: Translate;
  /** The person acting: the account that stands for them when the sender's account is linked (issue 14). */
  user: User;
  /** The platform account that sent the event; the same row as `user` unless linked. */
  account: User;
  /**
   * The case the channel belongs to: always set for commands whose role is not 'anyone', except
   * for `direct` commands run in a direct conversation that belongs to no case.
   */
  case: Case | null;
  /**
   * The sender's membership. For a stand-in (`standin` set) it is the acting member: the replaced
   * member's row with the role `observer`, so it carries their organisation but no more rights.
   */
  member: Member | null;
  /** Set when the sender is no member but stands in for one today (src/store/standins.ts). */
  standin: ActingStandin | null;
  timeZone: string;
  today: LocalDate;
  registry: CommandList;
  /** Secret of the ballot voter keys and sealed choices; never stored in the database or logged. */
  ballotSecret: string;
  /** Charts, drawn off the event loop and kept by content. */
  charts: ChartCache;
  /** Where public pages are reached from outside (PUBLIC_BASE_URL), without a trailing slash. */
  publicBaseUrl: string;
  /**
   * Runs `work` in one transaction that also stores, in the outbox, every post, dm and update the
   * command has made so far: a change and what the group is told of it commit together. Changes
   * go through this, never through `db.$transaction`.
   */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Answer only the sender sees (sent directly, not through the outbox). */
  reply(message: Message): void;
  /**
   * A message to the group: every channel linked to the case (or this channel, without a case).
   * `ref` marks it as the card of an entity, to be updated in place later.
   */
  post(message: Message, ref?: EntityRef): void;
  /** A message to these channels only (the last one to a channel being unlinked, say). */
  postTo(channels: readonly ChannelAddress[], message: Message): void;
  /** Replaces every posted card of `ref` with a new rendering (after a vote or a status change). */
  update(ref: EntityRef, message: Message): void;
  /** A direct message to a user. */
  dm(user: Recipient, message: Message): void;
}

// Services refuse with it too (closing a poll whose ballots the key cannot open); commands take it from here.
export { UserError } from '../services/user-error.js';

/** The sender's membership, for a command whose role guarantees one. */
export function requireMember(ctx: CommandContext): Member {
  if (!ctx.member) throw new Error('command needs a member but none was resolved');
  return ctx.member;
}

/** The case of a command whose role guarantees one. */
export function requireCase(ctx: CommandContext): Case {
  if (!ctx.case) throw new Error('command needs a case but none was resolved');
  return ctx.case;
}

/** What an audit entry adds when a stand-in acts: whom they acted for. Empty for anyone else. */
export function onBehalfOf(ctx: CommandContext): { onBehalfOf?: { memberId: number; userId: number; standinId: number } } {
  return ctx.standin ? { onBehalfOf: { memberId: ctx.standin.member.id, userId: ctx.standin.member.userId, standinId: ctx.standin.id } } : {};
}
