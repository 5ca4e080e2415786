// `ersättare visa`: the stand-ins in force and coming, for anyone who may read the case.
import { z } from 'zod';
import { standinsFrom } from '../../store/standins.js';
import { toIso } from '../../time/local-date.js';
import { requireCase } from '../context.js';
import { defineCommand } from '../spec.js';
import { standinLine } from './support.js';

export const standinShow = defineCommand({
  id: 'standin_show',
  words: { sv: 'ersättare visa', en: 'standin show' },
  aliases: ['ersättare lista', 'standin list'],
  role: 'observer',
  standIn: true,
  schema: () => z.object({}),
  async handler(ctx) {
    const c = requireCase(ctx);
    const rows = await standinsFrom(ctx.db, c.id, toIso(ctx.today));
    ctx.reply({ text: rows.length ? ctx.t('standin.list', { lines: rows.map((s) => `• ${standinLine(ctx.t, ctx.locale, s)}`).join('\n') }) : ctx.t('standin.none') });
  },
});
