// Who a Slack user is: display name and locale from users.info, cached for a while, so the bot
// speaks the user's language and records members under their real names.
import type { Logger } from '../../src/logger.js';
import { stripReserved } from '../../src/text/reserved.js';
import type { SlackApi, SlackProfile } from './api.js';
import { fromSlackText, mentionedUsers } from './text.js';

const TTL_MS = 60 * 60 * 1000;

export class SlackPeople {
  readonly #cache = new Map<string, { profile: SlackProfile; at: number }>();

  constructor(private readonly api: SlackApi, private readonly logger: Logger, private readonly now: () => number = () => Date.now()) {}

  /** The user's profile (its name as text the bot may show); when Slack cannot say, the name the payload carried. */
  async profile(user: string, fallbackName: string): Promise<SlackProfile> {
    const hit = this.#cache.get(user);
    if (hit && this.now() - hit.at < TTL_MS) return hit.profile;
    try {
      const found = await this.api.profile(user);
      const profile = { ...found, name: stripReserved(found.name) };
      this.#cache.set(user, { profile, at: this.now() });
      return profile;
    } catch (err) {
      this.logger.warn({ err, platform: 'slack', user }, 'users.info failed; using the name from the payload');
      return { name: stripReserved(fallbackName) };
    }
  }

  /** The display names of users, so that the core records a mentioned person under a readable name. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    return new Map(await Promise.all(ids.map(async (id) => [id, (await this.profile(id, id)).name] as const)));
  }

  /** A slash command's text as a neutral command line (text.ts), its mentions named. */
  async commandLine(text: string): Promise<string> {
    return fromSlackText(text, await this.names(mentionedUsers(text)));
  }
}
