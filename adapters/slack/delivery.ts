// Delivery for Slack, used by the outbox sender: posts (with their files) into channels, direct
// messages, and in-place updates of every posted copy of an entity's card.
import type { Clock } from '../../src/clock.js';
import { RetryableDeliveryError, type Deliverable, type Delivery, type DeliveryAttempt, type EntityRef, type Origin } from '../../src/core/event.js';
import { asLocale, translator } from '../../src/i18n/index.js';
import type { Message } from '../../src/core/message.js';
import type { Logger } from '../../src/logger.js';
import { channelAddress, rememberUserAddress, userAddress } from '../../src/store/addresses.js';
import type { Db } from '../../src/store/client.js';
import { postedFor, recordPosted } from '../../src/store/posted.js';
import type { FileTarget } from './reply-files.js';
import type { SlackApi } from './api.js';
import type { SlackApis } from './tokens.js';
import { renderMessage } from './blocks.js';
import type { SlackUser } from './inbound.js';
import { SLACK } from './platform.js';
import { isTransient, platformError } from './rate-limit.js';

function asDeliveryError(err: unknown): unknown {
  if (err instanceof RetryableDeliveryError || !isTransient(err)) return err;
  return new RetryableDeliveryError(err instanceof Error ? err.message : String(err));
}

export class SlackDelivery implements Delivery {
  readonly platform = SLACK;

  constructor(private readonly db: Db, private readonly clock: Clock, private readonly apis: SlackApis, private readonly logger: Logger) {}

  /**
   * The workspace whose token posts into a channel: a linked channel's address (the workspace
   * that received the command linking it), else the sender's.
   */
  async #channelTeam(channel: string, origin?: Origin): Promise<string> {
    return (await channelAddress(this.db, SLACK, channel)) ?? origin?.tenant ?? '';
  }

  async deliver(output: Deliverable, attempt?: DeliveryAttempt): Promise<void> {
    if (output.platform !== SLACK) return;
    try {
      if (output.kind === 'post') await this.post({ channel: output.channelId, team: await this.#channelTeam(output.channelId, output.origin) }, output.message, output.ref, attempt);
      else if (output.kind === 'dm') await this.#dm({ id: output.userId, team: output.tenant ?? '' }, output.message, attempt);
      else await this.#update(output.ref, output.message);
    } catch (err) {
      if (output.kind === 'post' && platformError(err) === 'not_in_channel') await this.#explain(output);
      throw asDeliveryError(err);
    }
  }

  /**
   * A command typed in a channel the bot is not in (a private one it was not invited to) did its
   * work, but its post cannot go there: the sender is told so by DM, in their language.
   */
  async #explain(post: Extract<Deliverable, { kind: 'post' }>): Promise<void> {
    const origin = post.origin;
    if (origin?.platform !== SLACK || origin.channelId !== post.channelId) return;
    const t = translator(asLocale(origin.locale) ?? 'sv');
    const channel = post.channelName ? `#${post.channelName}` : post.channelId;
    await this.#dm({ id: origin.userId, team: origin.tenant ?? '' }, { text: t('slack.not_in_channel', { channel }) })
      .catch((err: unknown) => this.logger.error({ err, platform: SLACK }, 'could not tell the sender that the channel refused the bot'));
  }

  /**
   * Posts a message's pages, then its files; the first page's ts is recorded as the card of `ref`.
   * A repeated attempt first looks up the pages an earlier one posted (by their metadata) and
   * posts only the others, so a crash between Slack's answer and the outbox's record duplicates
   * nothing. Files carry no metadata: after such a crash they are uploaded again (once too often
   * rather than never).
   */
  async post(to: FileTarget, message: Message, ref?: EntityRef, attempt?: DeliveryAttempt): Promise<void> {
    const { channel } = to;
    const api = await this.apis.for(to.team);
    const posted = attempt?.repeated ? await api.markedPages(channel, attempt.key, attempt.since) : new Map<number, string>();
    let first: string | undefined;
    for (const [i, page] of renderMessage(message).entries()) {
      const ts = posted.get(i) ?? (await api.postMessage(channel, page, attempt && { key: attempt.key, page: i }));
      first ??= ts;
    }
    if (ref && first) await recordPosted(this.db, { ref, platform: SLACK, channelId: channel, messageId: first }, this.clock.now());
    if (message.files?.length) await api.uploadFiles(channel, message.files);
  }

  async #dm(user: SlackUser, message: Message, attempt?: DeliveryAttempt): Promise<void> {
    await this.post(await this.dmChannel(user), message, undefined, attempt);
  }

  /**
   * The user's DM channel with the bot and the workspace whose token reaches it, opened once and
   * remembered on the user. Their own workspace's installation when there is one; a Slack Connect
   * user of a workspace without the app is reached through the installation of a channel of their
   * cases (conversations.open works across the connection), remembered as `channel@team`.
   */
  async dmChannel(user: SlackUser): Promise<FileTarget> {
    const who = { platform: SLACK, tenant: user.team, externalId: user.id };
    const known = await userAddress(this.db, who);
    if (known) {
      const [channel = known, team = user.team] = known.split('@');
      return { channel, team };
    }
    const { api, team } = await this.#reaching(user);
    const channel = await api.openDm(user.id);
    await rememberUserAddress(this.db, who, team === user.team ? channel : `${channel}@${team}`);
    return { channel, team };
  }

  async #reaching(user: SlackUser): Promise<{ api: SlackApi; team: string }> {
    try {
      return { api: await this.apis.for(user.team), team: user.team };
    } catch (err) {
      const links = await this.db.channelLink.findMany({
        where: { platform: SLACK, address: { not: null }, case: { members: { some: { removedAt: null, user: { platform: SLACK, tenant: user.team, externalId: user.id } } } } },
        orderBy: { id: 'asc' }, select: { address: true },
      });
      for (const team of new Set(links.map((l) => l.address!))) {
        const api = await this.apis.for(team).catch(() => undefined);
        if (api) return { api, team };
      }
      throw err;
    }
  }

  /**
   * Every Slack copy gets the new first page (entity cards fit in one). A copy that is gone is
   * skipped; a transient failure is raised after the other copies were tried.
   */
  async #update(ref: EntityRef, message: Message): Promise<void> {
    const [page] = renderMessage(message);
    if (!page) return;
    let transient: unknown;
    for (const copy of await postedFor(this.db, ref, SLACK)) {
      try {
        await (await this.apis.for(await this.#channelTeam(copy.channelId))).updateMessage(copy.channelId, copy.messageId, page);
      } catch (err) {
        if (isTransient(err) || err instanceof RetryableDeliveryError) transient ??= err;
        else this.logger.warn({ err, platform: SLACK, caseId: ref.caseId, channel: copy.channelId }, 'could not update a posted card');
      }
    }
    if (transient) throw transient;
  }
}
