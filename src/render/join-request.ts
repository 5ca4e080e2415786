// The card a leader gets by direct message when someone links a channel and asks to join.
import type { Card } from '../core/message.js';
import type { Translate } from '../i18n/index.js';
import { joinRich } from '../text/rich.js';

export interface JoinRequestView {
  caseTitle: string;
  name: string;
  platform: string;
  /** The channel linked, as channelLabel shows it. */
  channel: string;
  /** Who made the code that was used. */
  codeBy: string;
  /** The command lines the buttons carry. */
  approve: string;
  decline: string;
}

export function joinRequestCard(t: Translate, v: JoinRequestView): Card {
  return {
    title: t('case.request.title', { title: v.caseTitle }),
    sections: [{
      text: joinRich([t('case.request.text', { name: v.name, platform: v.platform, channel: v.channel, creator: v.codeBy }), t('case.request.hint', { approve: v.approve })], '\n'),
      buttons: [
        { label: t('case.request.approve'), command: v.approve, style: 'primary' },
        { label: t('case.request.decline'), command: v.decline },
      ],
    }],
  };
}
