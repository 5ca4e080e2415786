// The Web API calls the adapter makes, each through the explicit rate-limit handling; messages and
// files into a channel are paced per channel.
import type { types, webApi } from '@slack/bolt';
import type { FileAttachment } from '../../src/core/message.js';
import type { Block, SlackMessage } from './blocks.js';
import { ChannelPacer } from './pacer.js';
import { DEFAULT_RATE_LIMITS, waitingOutRateLimits, type RateLimitPolicy } from './rate-limit.js';

/** What a posted page carries in its metadata: the delivery it belongs to and its place in it. */
export interface PageMark {
  key: string;
  page: number;
}

const MARK_EVENT = 'samverkan_delivery';
/** How far back (200 messages a page) a repeated delivery looks for what it already posted. */
const MAX_HISTORY_PAGES = 5;

export interface SlackProfile {
  name: string;
  locale?: string;
  /** The user's own workspace, as users.info says it (another one for a Slack Connect user). */
  team?: string;
}

export class SlackApi {
  constructor(
    readonly client: webApi.WebClient,
    private readonly limits: RateLimitPolicy = DEFAULT_RATE_LIMITS,
    private readonly pacer = new ChannelPacer(),
    /** For response_url, which is called with fetch rather than the Web API client. */
    private readonly timeoutMs = 10_000,
    /** The bot token of the workspace these calls are for; the client's own when not given. */
    private readonly token?: string,
  ) {}

  /** The same calls (one pacing, one rate-limit policy) with another workspace's bot token. */
  withToken(token: string): SlackApi {
    return new SlackApi(this.client, this.limits, this.pacer, this.timeoutMs, token);
  }

  get #auth(): { token?: string } {
    return this.token ? { token: this.token } : {};
  }

  #call<T>(call: () => Promise<T>): Promise<T> {
    return waitingOutRateLimits(call, this.limits);
  }

  /**
   * Posts into a channel (paced); returns the message's ts, its id for chat.update. `mark` goes
   * into the message's metadata, so that a later attempt can find what this one posted.
   */
  async postMessage(channel: string, message: SlackMessage, mark?: PageMark): Promise<string> {
    const metadata = mark && { event_type: MARK_EVENT, event_payload: { ...mark } };
    const res = await this.pacer.run(channel, () => this.#call(() => this.client.chat.postMessage({ ...this.#auth, channel, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}), ...(metadata ? { metadata } : {}) })));
    return res.ts!;
  }

  /** The pages marked with `key` that the channel holds since `since`, by page number: their ts. */
  async markedPages(channel: string, key: string, since: Date): Promise<Map<number, string>> {
    const found = new Map<number, string>();
    let cursor: string | undefined;
    for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
      const res = await this.#call(() => this.client.conversations.history({ ...this.#auth, channel, oldest: String(Math.floor(since.getTime() / 1000) - 1), include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) }));
      for (const m of res.messages ?? []) {
        const payload = m.metadata?.event_type === MARK_EVENT ? (m.metadata.event_payload as Partial<PageMark> | undefined) : undefined;
        if (payload?.key === key && typeof payload.page === 'number' && m.ts) found.set(payload.page, m.ts);
      }
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return found;
  }

  /** Replaces a posted message; a message without blocks clears the old ones. */
  async updateMessage(channel: string, ts: string, message: SlackMessage): Promise<void> {
    await this.#call(() => this.client.chat.update({ ...this.#auth, channel, ts, text: message.text, blocks: message.blocks ?? [] }));
  }

  async postEphemeral(channel: string, user: string, message: SlackMessage): Promise<void> {
    await this.#call(() => this.client.chat.postEphemeral({ ...this.#auth, channel, user, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) }));
  }

  /** An answer through a slash command's or a button's response_url, seen only by that user. */
  async respond(responseUrl: string, message: SlackMessage): Promise<void> {
    const res = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...message }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw new Error(`response_url answered ${res.status}`);
  }

  /** The id of the direct-message channel between the bot and a user. */
  async openDm(user: string): Promise<string> {
    const res = await this.#call(() => this.client.conversations.open({ ...this.#auth, users: user }));
    return res.channel!.id!;
  }

  /** files.uploadV2: getUploadURLExternal, a POST of the bytes to each upload URL, completeUploadExternal. */
  async uploadFiles(channel: string, files: readonly FileAttachment[], comment?: string): Promise<void> {
    await this.pacer.run(channel, () => this.#call(() => this.client.filesUploadV2({
      ...this.#auth,
      channel_id: channel,
      ...(comment ? { initial_comment: comment } : {}),
      file_uploads: files.map((f) => ({ file: Buffer.from(f.data), filename: f.name })),
    })));
  }

  async profile(user: string): Promise<SlackProfile> {
    const res = await this.#call(() => this.client.users.info({ ...this.#auth, user, include_locale: true }));
    const u = res.user!;
    // No name at all (an external user's profile may be withheld): '' and the caller's fallback, never the bare id.
    const name = u.profile?.display_name || u.real_name || u.profile?.real_name || u.name || '';
    return { name, ...(u.locale ? { locale: u.locale } : {}), ...(u.team_id ? { team: u.team_id } : {}) };
  }

  async publishHome(user: string, blocks: Block[]): Promise<void> {
    await this.#call(() => this.client.views.publish({ ...this.#auth, user_id: user, view: { type: 'home', blocks } }));
  }

  async openView(triggerId: string, view: types.ModalView): Promise<void> {
    await this.#call(() => this.client.views.open({ ...this.#auth, trigger_id: triggerId, view }));
  }
}
