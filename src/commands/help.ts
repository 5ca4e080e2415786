import { z } from 'zod';
import type { Card } from '../core/message.js';
import type { Translate } from '../i18n/index.js';
import { cardMessage } from '../render/card-text.js';
import { text } from './args.js';
import type { CommandContext, CommandEntry } from './context.js';
import { joinRich, literal, richText, type RichText } from '../text/rich.js';
import { defineCommand } from './spec.js';

const key = (spec: CommandEntry, part: 'summary' | 'usage' | 'example') => `cmd.${spec.id}.${part}` as 'cmd.help.summary';

function who(t: Translate, spec: CommandEntry): RichText {
  return spec.role === 'anyone' ? t('help.who.anyone') : t(`role.${spec.role}s` as 'role.members');
}

function overview(ctx: CommandContext): Card {
  return {
    title: ctx.t('help.title'),
    sections: [
      { text: ctx.t('help.intro') },
      ...ctx.registry.commands.map((spec) => ({ heading: literal(spec.words[ctx.locale]), text: richText`${ctx.t(key(spec, 'summary'))}\n${ctx.t('help.example')}: ${ctx.t(key(spec, 'example'))}` })),
    ],
  };
}

function detail(ctx: CommandContext, spec: CommandEntry): Card {
  const other = ctx.locale === 'sv' ? 'en' : 'sv';
  return {
    title: literal(spec.words[ctx.locale]),
    sections: [{
      text: ctx.t(key(spec, 'summary')),
      fields: [
        { label: ctx.t('help.usage'), value: ctx.t(key(spec, 'usage')) },
        { label: ctx.t('help.example'), value: ctx.t(key(spec, 'example')) },
        { label: ctx.t('help.aliases'), value: joinRich([spec.words[other], ...(spec.aliases ?? [])], ', ') },
        { label: ctx.t('help.who'), value: who(ctx.t, spec) },
      ],
    }],
  };
}

export const help = defineCommand({
  id: 'help',
  words: { sv: 'hjälp', en: 'help' },
  aliases: ['hjalp', '?'],
  role: 'anyone',
  fields: { topic: { sv: 'kommando', en: 'command' } },
  positional: ['topic'],
  variadic: true,
  schema: () => z.object({ topic: text(100).optional() }),
  async handler(ctx, { topic }) {
    if (!topic) return ctx.reply(cardMessage(overview(ctx)));
    const spec = ctx.registry.find(topic.replace(/^\/samverkan\s+/i, ''));
    if (!spec) return ctx.reply({ text: ctx.t('help.unknown', { command: topic }) });
    ctx.reply(cardMessage(detail(ctx, spec)));
  },
});
