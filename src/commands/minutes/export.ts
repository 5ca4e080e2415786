import { toIso } from '../../time/local-date.js';
import { todayIn } from '../../time/zone.js';
import { requireCase } from '../context.js';
import { plainText } from '../../text/plain.js';
import { literal } from '../../text/rich.js';
import { defineCommand } from '../spec.js';
import { MINUTES_ARGS, minutesFor } from './data.js';

// The same Markdown as `protokoll`, as a file; the text carries it too, for the console.
export const minutesExport = defineCommand({
  id: 'export_minutes',
  words: { sv: 'export protokoll', en: 'export minutes' },
  aliases: ['exportera protokoll', 'export minnesanteckningar'],
  role: 'observer',
  ...MINUTES_ARGS,
  async handler(ctx, args) {
    const { meeting, markdown } = await minutesFor(ctx, args.meeting);
    const name = plainText(ctx.t('minutes.file', { date: toIso(todayIn(meeting.startsAt, requireCase(ctx).timeZone)), number: meeting.number }));
    ctx.reply({ text: literal(markdown), files: [{ name, mimeType: 'text/markdown', data: new TextEncoder().encode(markdown) }] });
  },
});
