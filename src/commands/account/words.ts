import type { Translate } from '../../i18n/index.js';
import type { RichText } from '../../text/rich.js';

/** A platform as users call it (`Slack`, `Teams`). */
export function platformName(t: Translate, platform: string): RichText {
  return t(`platform.${platform}` as 'platform.slack');
}
