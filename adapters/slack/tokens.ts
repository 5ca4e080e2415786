// Which bot token a Web API call uses. With a single bot token (SLACK_BOT_TOKEN) every call uses
// it; with OAuth distribution each workspace has its own, looked up in the installation store
// for every use, so that an uninstall takes effect at once.
import type { SlackApi } from './api.js';

/** A workspace's bot token, or a throw when the app is not installed there. */
export type TokenSource = (team: string) => Promise<string>;

export class SlackApis {
  constructor(
    /** Without a token of its own in OAuth mode: for response_url, which needs none. */
    readonly base: SlackApi,
    private readonly tokenFor: TokenSource | null,
  ) {}

  /** The calls for a workspace (team id). */
  async for(team: string): Promise<SlackApi> {
    return this.tokenFor ? this.base.withToken(await this.tokenFor(team)) : this.base;
  }
}
