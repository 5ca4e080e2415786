// Routing: inbound event → command → replies, and the effects the command stored in the outbox.
// The one seam between adapters and the core.
import type { ChartCache } from './charts/cache.js';
import type { Clock } from './clock.js';
import type { ActingStandin, CommandContext } from './commands/context.js';
import { UserError } from './commands/context.js';
import { subcommandWords, type SubcommandMiss } from './commands/areas.js';
import { bindArgs, fieldLabel, type CommandRegistry, type Match } from './commands/registry.js';
import { senderOf, type InboundEvent, type Reply } from './core/event.js';
import { DEFAULT_PUBLIC_BASE_URL } from './domain/publication.js';
import { hasRole, type MemberRole } from './domain/roles.js';
import { asLocale, translator, type Locale, type MessageKey, type Params } from './i18n/index.js';
import type { Logger } from './logger.js';
import { parseCommandLine } from './parse/command-line.js';
import type { Token } from './parse/tokenize.js';
import type { Addressing } from './outbox/outbox.js';
import { PendingEffects } from './outbox/pending.js';
import { activeMember, caseForChannel, linkOfChannel } from './store/cases.js';
import type { Db, Tx } from './store/client.js';
import type { Case, Member, User } from './store/models.js';
import { isStorageFailure } from './store/failures.js';
import { personOf } from './store/accounts.js';
import { homeOverview, type HomeCase } from './store/home.js';
import { standinsOn } from './store/standins.js';
import { findUser, upsertUser, type Identity } from './store/users.js';
import { toIso } from './time/local-date.js';
import { todayIn } from './time/zone.js';

export interface BotOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  registry: CommandRegistry;
  defaultLocale: Locale;
  defaultTimeZone: string;
  /** Secret of the ballot voter keys and sealed choices (src/domain/ballots.ts); kept outside the database. */
  ballotSecret: string;
  /** The trend charts of `läge` (src/charts/). */
  charts: ChartCache;
  /** Where public pages are reached from outside (PUBLIC_BASE_URL), without a trailing slash. */
  publicBaseUrl?: string;
  /** Called when a command has stored deliveries in the outbox, so that they go out at once. */
  onStored?: () => void;
}

interface Resolved {
  /** The person (see personOf) and the account that sent the event. */
  user: User | null;
  account: User | null;
  case: Case | null;
  member: Member | null;
  /** The sender is no member but stands in for one today: `member` is then the acting member. */
  standin: ActingStandin | null;
  /** The channel's link waits for a leader's approval: it is no case's channel yet. */
  pending: boolean;
}

export class Bot {
  constructor(private readonly options: BotOptions) {}

  /** Never throws: every failure becomes a reply in the sender's language, and one log line. */
  async handle(event: InboundEvent): Promise<Reply[]> {
    try {
      return await this.#handle(event);
    } catch (err) {
      return [this.#failed(err, asLocale(event.user.locale) ?? this.options.defaultLocale, { platform: event.platform })];
    }
  }

  /** A user's overview (Slack's App Home); the core holds the ballot secret that tells whether they have voted. */
  home(who: Identity, now: Date): Promise<HomeCase[]> {
    return homeOverview(this.options.db, this.options.ballotSecret, who, now);
  }

  /** A failure that is not the user's: storage that cannot be used right now, or a bug. */
  #failed(err: unknown, locale: Locale, context: Record<string, unknown>): Reply {
    const storage = isStorageFailure(err);
    this.options.logger.error({ err, ...context }, storage ? 'storage unavailable' : 'command failed');
    return this.#error(locale, storage ? 'error.storage' : 'error.internal');
  }

  async #handle(event: InboundEvent): Promise<Reply[]> {
    const started = performance.now();
    const { db, registry, logger } = this.options;
    const account = await findUser(db, senderOf(event));
    const user = account && (await personOf(db, account));
    const link = await linkOfChannel(db, event.platform, event.channel.id);
    const theCase = link?.status === 'active' ? link.case : null;
    const member = theCase && user ? await activeMember(db, theCase.id, user.id) : null;
    const acting = theCase && user && !member ? await this.#actingStandin(theCase, user) : null;
    const who: Resolved = { user, account, case: theCase, member: member ?? acting?.member ?? null, standin: acting?.standin ?? null, pending: link?.status === 'pending' };
    const baseLocale = asLocale(user?.locale) ?? asLocale(event.user.locale) ?? asLocale(theCase?.locale) ?? this.options.defaultLocale;

    const line = parseCommandLine(event.text, event.platform);
    if (!line.ok) return [this.#error(baseLocale, line.error === 'empty' ? 'error.empty' : 'error.unterminated_quote')];
    const match = registry.match(line.tokens);
    if (!match) {
      const miss = registry.missedSubcommand(line.tokens);
      if (miss) return [this.#missed(miss, asLocale(user?.locale) ?? miss.language ?? baseLocale)];
      return [this.#error(baseLocale, 'error.unknown_command', { command: line.firstWord })];
    }
    const locale = asLocale(user?.locale) ?? (event.clicked ? undefined : match.language) ?? baseLocale;

    const outputs = await this.#run(event, who, match, locale, line.tokens);
    logger.info({ platform: event.platform, caseId: theCase?.id, command: match.spec.id, ms: Math.round(performance.now() - started) }, 'command');
    return outputs;
  }

  /**
   * A sender who is no member but stands in for one today acts as that member with the role
   * observer: the organisation is theirs, the rights a reader's, plus what commands declare
   * `standIn` (voting for the organisation). One mechanism, so every role check sees it.
   */
  async #actingStandin(theCase: Case, user: User): Promise<{ member: Member; standin: ActingStandin } | null> {
    const today = toIso(todayIn(this.options.clock.now(), theCase.timeZone));
    const found = (await standinsOn(this.options.db, theCase.id, today, user.id))[0];
    if (!found) return null;
    const { user: replaced, organisation, ...row } = found.member;
    return {
      member: { ...row, role: 'observer' },
      standin: { id: found.id, member: row, memberName: replaced.displayName, organisationName: organisation?.name ?? null },
    };
  }

  #error(locale: Locale, key: MessageKey, params?: Params): Reply {
    return { kind: 'reply', message: { text: translator(locale)(key, params) } };
  }

  /** Words that name an area but none of its commands: the area's commands, and the nearest one. */
  #missed(miss: SubcommandMiss, locale: Locale): Reply {
    const params = {
      command: miss.typed,
      area: miss.area.words[locale],
      commands: miss.area.commands.map((spec) => subcommandWords(spec, locale)).filter(Boolean).join(', '),
    };
    return miss.suggestion
      ? this.#error(locale, 'error.unknown_subcommand_suggest', { ...params, suggestion: miss.suggestion.words[locale] })
      : this.#error(locale, 'error.unknown_subcommand', params);
  }

  #refusal(event: InboundEvent, who: Resolved, match: Match, locale: Locale): Reply | null {
    const required = match.spec.role;
    if (required === 'anyone') return null;
    if (!who.case && match.spec.direct && event.channel.direct) return null;
    if (!who.case) return this.#error(locale, who.pending ? 'error.channel_pending' : 'error.no_case');
    if (!who.member) return this.#error(locale, 'error.not_member', { case: who.case.title });
    if (who.standin && !match.spec.standIn) return this.#error(locale, 'error.standin_only', { member: who.standin.memberName, case: who.case.title });
    if (who.case.status === 'closed' && required !== 'observer' && !match.spec.readOnly && !match.spec.onClosedCase) return this.#error(locale, 'error.case_closed', { case: who.case.title });
    // A stand-in's rights are the commands that declare them, whatever role those need of members.
    if (!who.standin && !hasRole(who.member.role as MemberRole, required)) return this.#error(locale, 'error.role', { role: translator(locale)(`role.${required}s`) });
    return null;
  }

  async #run(event: InboundEvent, who: Resolved, match: Match, locale: Locale, tokens: Token[]): Promise<Reply[]> {
    const refusal = this.#refusal(event, who, match, locale);
    if (refusal) return [refusal];
    const t = translator(locale);
    const timeZone = who.case?.timeZone ?? this.options.defaultTimeZone;
    const today = todayIn(this.options.clock.now(), timeZone);
    const bound = bindArgs(match.spec, match.rest, { today }, locale);
    if (!bound.ok) {
      // `möte flyta 1`: the word the command could not take is a command of the area mistyped.
      const miss = this.options.registry.missedSubcommand(tokens, match);
      if (miss) return [this.#missed(miss, asLocale(who.user?.locale) ?? miss.language ?? locale)];
      const { field, problem, params } = bound.error;
      const name = field ? fieldLabel(match.spec, field, locale) : match.spec.words[locale];
      const text = t(problem, params);
      const reply = this.#error(locale, 'arg.error', { name, problem: text, usage: t(`cmd.${match.spec.id}.usage` as MessageKey) });
      return [field ? { ...reply, error: { field, text } } : reply];
    }

    // The user is recorded only once a command passes validation, so a refusal leaves no trace.
    const account = who.account?.displayName === event.user.name ? who.account : await upsertUser(this.options.db, senderOf(event), event.user.name, this.options.clock.now());
    const user = await this.#person(account);
    const replies: Reply[] = [];
    const effects = new PendingEffects((tx) => this.#addressing(tx, event, who, locale), () => this.options.clock.now(), who.case?.id);
    const ctx: CommandContext = {
      db: this.options.db, clock: this.options.clock, event, locale, t, user, account, case: who.case, member: who.member, standin: who.standin,
      timeZone, today, registry: this.options.registry, ballotSecret: this.options.ballotSecret, charts: this.options.charts, publicBaseUrl: this.options.publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL,
      write: (work) => {
        const mark = replies.length;
        return effects.within(this.options.db, work, () => replies.splice(mark));
      },
      reply: (message) => replies.push({ kind: 'reply', message }),
      post: (message, ref) => effects.add({ kind: 'post', message, ...(ref ? { ref } : {}) }),
      postTo: (channels, message) => effects.add({ kind: 'post_to', channels, message }),
      update: (ref, message) => effects.add({ kind: 'update', ref, message }),
      dm: (recipient, message) => effects.add({ kind: 'dm', user: recipient, message }),
    };
    try {
      await match.spec.handler(ctx, bound.args);
      await effects.storeRest(this.options.db);
    } catch (err) {
      if (err instanceof UserError) {
        // The handler's transaction rolled back; a user first seen in this event goes too.
        if (!who.account) await this.options.db.user.delete({ where: { id: account.id } });
        return [this.#error(locale, err.key, err.params)];
      }
      return [this.#failed(err, locale, { platform: event.platform, caseId: who.case?.id, command: match.spec.id })];
    }
    if (effects.stored) this.options.onStored?.();
    return replies;
  }

  /**
   * The person behind a linked account; the account notes that it was used, since direct messages
   * go to the account a person used last. Unlinked accounts are not written to.
   */
  async #person(account: User): Promise<User> {
    if (account.personId === null && !(await this.options.db.user.count({ where: { personId: account.id } }))) return account;
    await this.options.db.user.update({ where: { id: account.id }, data: { lastSeenAt: this.options.clock.now() } });
    return personOf(this.options.db, account);
  }

  /**
   * Posts go to every active channel of the channel's case, looked up in the storing transaction:
   * the command may have linked this channel, or unlinked it (then the case it belonged to is
   * still the one meant). Without a case they go to this channel.
   */
  async #addressing(tx: Tx, event: InboundEvent, who: Resolved, locale: Locale): Promise<Addressing> {
    const theCase = (await caseForChannel(tx, event.platform, event.channel.id)) ?? who.case;
    return {
      caseId: theCase?.id ?? null,
      fallback: { platform: event.platform, channelId: event.channel.id, ...(event.channel.name ? { name: event.channel.name } : {}) },
      origin: { platform: event.platform, userId: event.user.id, ...(event.user.tenant ? { tenant: event.user.tenant } : {}), channelId: event.channel.id, locale },
    };
  }
}
