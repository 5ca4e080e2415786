import { minutesHtml } from '../../render/minutes/html.js';
import { minutesPdf } from '../../render/minutes/pdf.js';
import { plainText } from '../../text/plain.js';
import { flag } from '../args.js';
import { defineCommand } from '../spec.js';
import { MINUTES_ARGS, minutesFor } from './data.js';

// The minutes as a file: HTML that pastes cleanly into Outlook and Word (the default), or a PDF for the registry.
export const minutesExport = defineCommand({
  id: 'export_minutes',
  words: { sv: 'export protokoll', en: 'export minutes' },
  aliases: ['exportera protokoll', 'export minnesanteckningar'],
  role: 'observer',
  ...MINUTES_ARGS,
  fields: { ...MINUTES_ARGS.fields, html: { sv: 'html', en: 'html' }, pdf: { sv: 'pdf', en: 'pdf' } },
  flags: ['html', 'pdf'],
  schema: (env) => MINUTES_ARGS.schema(env).extend({ html: flag(), pdf: flag() }),
  async handler(ctx, args) {
    const { meeting, input } = await minutesFor(ctx, args.meeting, args.version);
    const name = plainText(ctx.t('minutes.file', { date: input.content.meeting.date, number: meeting.number }));
    const text = ctx.t('minutes.exported', { number: meeting.number, format: args.pdf ? 'PDF' : 'HTML' });
    const file = args.pdf
      ? { name: `${name}.pdf`, mimeType: 'application/pdf', data: await minutesPdf(input, ctx.locale) }
      : { name: `${name}.html`, mimeType: 'text/html', data: new TextEncoder().encode(minutesHtml(input, ctx.locale)) };
    ctx.reply({ text, files: [file] });
  },
});
