// Who a Slack user is: display name and locale from users.info, cached for a while, so the bot
// speaks the user's language and records members under their real names.
import type { Logger } from '../../src/logger.js';
import type { SlackApi, SlackProfile } from './api.js';

const TTL_MS = 60 * 60 * 1000;

export class SlackPeople {
  readonly #cache = new Map<string, { profile: SlackProfile; at: number }>();

  constructor(private readonly api: SlackApi, private readonly logger: Logger, private readonly now: () => number = () => Date.now()) {}

  /** The user's profile; when Slack cannot say, the name the payload carried. */
  async profile(user: string, fallbackName: string): Promise<SlackProfile> {
    const hit = this.#cache.get(user);
    if (hit && this.now() - hit.at < TTL_MS) return hit.profile;
    try {
      const profile = await this.api.profile(user);
      this.#cache.set(user, { profile, at: this.now() });
      return profile;
    } catch (err) {
      this.logger.warn({ err, platform: 'slack', user }, 'users.info failed; using the name from the payload');
      return { name: fallbackName };
    }
  }

  /**
   * Slack writes a mention as `<@U123>` (the `|name` part is deprecated); the name is added so the
   * core can record a mentioned person under a readable name.
   */
  async withMentionNames(text: string): Promise<string> {
    const ids = [...new Set([...text.matchAll(/<@([A-Z0-9]+)>/g)].map((m) => m[1]!))];
    const names = new Map(await Promise.all(ids.map(async (id) => [id, (await this.profile(id, id)).name.replace(/[|<>]/g, '')] as const)));
    return text.replace(/<@([A-Z0-9]+)>/g, (whole, id: string) => `<@${id}|${names.get(id) ?? id}>`);
  }
}
