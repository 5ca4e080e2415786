// Who a Slack user is: display name and locale from users.info, cached for a while, so the bot
// speaks the user's language and records members under their real names.
import type { Logger } from '../../src/logger.js';
import { stripReserved } from '../../src/text/reserved.js';
import type { SlackProfile } from './api.js';
import type { SlackUser } from './inbound.js';
import { fromSlackText, mentionedUsers } from './text.js';
import type { SlackApis } from './tokens.js';

const TTL_MS = 60 * 60 * 1000;

export class SlackPeople {
  readonly #cache = new Map<string, { profile: SlackProfile; at: number }>();

  constructor(private readonly apis: SlackApis, private readonly logger: Logger, private readonly now: () => number = () => Date.now()) {}

  /**
   * The user's profile (its name as text the bot may show), asked of their workspace; when Slack
   * cannot say, the name the payload carried.
   */
  async profile(user: SlackUser, fallbackName: string): Promise<SlackProfile> {
    const key = `${user.team}/${user.id}`;
    const hit = this.#cache.get(key);
    if (hit && this.now() - hit.at < TTL_MS) return hit.profile;
    try {
      const found = await (await this.apis.for(user.team)).profile(user.id);
      const profile = { ...found, name: stripReserved(found.name) };
      this.#cache.set(key, { profile, at: this.now() });
      return profile;
    } catch (err) {
      this.logger.warn({ err, platform: 'slack', user: user.id, team: user.team }, 'users.info failed; using the name from the payload');
      return { name: stripReserved(fallbackName) };
    }
  }

  /** The display names of users of a workspace, so that the core records a mentioned person under a readable name. */
  async names(team: string, ids: readonly string[]): Promise<Map<string, string>> {
    return new Map(await Promise.all(ids.map(async (id) => [id, (await this.profile({ id, team }, id)).name] as const)));
  }

  /** A slash command's text as a neutral command line (text.ts), its mentions named as `team` knows them. */
  async commandLine(team: string, text: string): Promise<string> {
    return fromSlackText(text, await this.names(team, mentionedUsers(text)));
  }
}
