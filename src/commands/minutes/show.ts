import type { Button } from '../../core/message.js';
import { minutesMarkdown } from '../../render/minutes/markdown.js';
import { plainText } from '../../text/plain.js';
import { literal } from '../../text/rich.js';
import { defineCommand } from '../spec.js';
import { MINUTES_ARGS, minutesFor } from './data.js';

export const minutesShow = defineCommand({
  id: 'minutes',
  words: { sv: 'protokoll', en: 'minutes' },
  aliases: ['minnesanteckningar'],
  role: 'observer',
  standIn: true,
  ...MINUTES_ARGS,
  async handler(ctx, args) {
    const { meeting, row, input } = await minutesFor(ctx, args.meeting, args.version);
    const text = literal(minutesMarkdown(ctx.t, ctx.locale, input));
    // A justerare who has yet to approve this draft gets the button that does it.
    const waiting = row && !row.approvedAt && row.approvers.some((a) => a.userId === ctx.user.id && !a.approvedAt);
    const buttons: Button[] = waiting ? [{ label: ctx.t('minutes.button.approve'), command: plainText(ctx.t('minutes.cmd.approve', { number: meeting.number })), style: 'primary' }] : [];
    ctx.reply(buttons.length ? { text, card: { title: ctx.t('minutes.title', { case: input.content.caseTitle }), sections: [{ text }, { buttons }] } } : { text });
  },
});
