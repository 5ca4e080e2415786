// Who a Slack user is: display name and locale from users.info, cached for a while, so the bot
// speaks the user's language and records members under their real names.
import type { Logger } from '../../src/logger.js';
import { stripReserved } from '../../src/text/reserved.js';
import type { SlackProfile } from './api.js';
import type { SlackUser } from './inbound.js';
import { fromSlackText, mentionedUsers, type KnownPeople } from './text.js';
import type { SlackApis } from './tokens.js';

const TTL_MS = 60 * 60 * 1000;

export class SlackPeople {
  readonly #cache = new Map<string, { profile: SlackProfile; at: number }>();

  constructor(private readonly apis: SlackApis, private readonly logger: Logger, private readonly now: () => number = () => Date.now()) {}

  /**
   * The user's profile (its name as text the bot may show), asked through `via` — the installation
   * that received the request, which sees a Slack Connect user even when their own workspace has
   * no installation — else their workspace's; when Slack cannot say (users.info of an external
   * user may fail), the name the payload carried.
   */
  async profile(user: SlackUser, fallbackName: string, via = user.team): Promise<SlackProfile> {
    const key = `${user.team}/${user.id}`;
    // Cached as Slack said it, the name possibly empty: each caller has its own fallback.
    const withName = (p: SlackProfile) => ({ ...p, name: stripReserved(p.name || fallbackName) });
    const hit = this.#cache.get(key);
    if (hit && this.now() - hit.at < TTL_MS) return withName(hit.profile);
    try {
      const profile = await (await this.apis.for(via)).profile(user.id);
      this.#cache.set(key, { profile, at: this.now() });
      return withName(profile);
    } catch (err) {
      this.logger.warn({ err, platform: 'slack', user: user.id, team: user.team }, 'users.info failed; using the name from the payload');
      return { name: stripReserved(fallbackName) };
    }
  }

  /**
   * The display names of users mentioned in a workspace, so that the core records a mentioned
   * person under a readable name, and their own workspace where Slack says it (users.info of a
   * Slack Connect user names theirs), so that they are recorded as who they are.
   */
  async names(team: string, ids: readonly string[]): Promise<KnownPeople> {
    // Where users.info cannot say (an external user's profile may be out of reach), no entry: the
    // name Slack wrote into the mention is shown instead of a bare id.
    return new Map(await Promise.all(ids.map(async (id) => {
      const { name, team: theirs } = await this.profile({ id, team }, '');
      return [id, { ...(name ? { name } : {}), ...(theirs ? { team: theirs } : {}) }] as const;
    })));
  }

  /** A slash command's text as a neutral command line (text.ts), its mentions named as `team` knows them. */
  async commandLine(team: string, text: string): Promise<string> {
    return fromSlackText(text, await this.names(team, mentionedUsers(text)));
  }
}
