import { z } from 'zod';
import type { Card } from '../core/message.js';
import { isMessageKey, type MessageKey, type Translate } from '../i18n/index.js';
import { cardMessage } from '../render/card-text.js';
import { text } from './args.js';
import { subcommandWords } from './areas.js';
import type { AreaEntry, CommandContext, CommandEntry } from './context.js';
import { joinRich, literal, richText, strong, type RichText } from '../text/rich.js';
import { defineCommand } from './spec.js';

const key = (spec: CommandEntry, part: 'summary' | 'usage' | 'example') => `cmd.${spec.id}.${part}` as 'cmd.help.summary';

function who(t: Translate, spec: CommandEntry): RichText {
  return spec.role === 'anyone' ? t('help.who.anyone') : t(`role.${spec.role}s` as 'role.members');
}

/** What an area is for; an area without its text yet (a new one) reads as its first command. */
function areaSummary(t: Translate, area: AreaEntry): RichText {
  const areaKey = `help.area.${area.key}`;
  return isMessageKey(areaKey) ? t(areaKey as MessageKey) : t(key(area.commands[0]!, 'summary'));
}

/** One line per area: its word, what it is for and its commands after the area word. */
function overview(ctx: CommandContext): Card {
  return {
    title: ctx.t('help.title'),
    sections: [
      { text: ctx.t('help.intro') },
      ...ctx.registry.areas.map((area) => {
        const subcommands = area.commands.map((spec) => subcommandWords(spec, ctx.locale)).filter(Boolean);
        const line = richText`${strong(literal(area.words[ctx.locale]))} – ${areaSummary(ctx.t, area)}`;
        return { text: subcommands.length ? richText`${line} (${literal(subcommands.join(', '))})` : line };
      }),
    ],
  };
}

/** An area's commands, each with what it does and an example. */
function areaCard(ctx: CommandContext, area: AreaEntry): Card {
  return {
    title: ctx.t('help.area_title', { area: area.words[ctx.locale] }),
    sections: [
      { text: richText`${areaSummary(ctx.t, area)}\n${ctx.t('help.area_intro')}` },
      ...area.commands.map((spec) => ({ heading: literal(spec.words[ctx.locale]), text: richText`${ctx.t(key(spec, 'summary'))}\n${ctx.t('help.example')}: ${ctx.t(key(spec, 'example'))}` })),
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
    const words = topic.replace(/^\/samverkan\s+/i, '');
    // An area of several commands is shown as the area (`hjälp läge`), even where its word is a command too.
    const area = /\s/.test(words.trim()) ? undefined : ctx.registry.area(words);
    if (area && area.commands.length > 1) return ctx.reply(cardMessage(areaCard(ctx, area)));
    const spec = ctx.registry.find(words);
    if (!spec) return ctx.reply({ text: ctx.t('help.unknown', { command: topic }) });
    ctx.reply(cardMessage(detail(ctx, spec)));
  },
});
