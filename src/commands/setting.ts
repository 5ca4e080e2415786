// `inställning` lists the case's settings; `inställning <namn> <värde>` changes one (leaders).
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { Card } from '../core/message.js';
import { hasRole, type MemberRole } from '../domain/roles.js';
import { cardMessage } from '../render/card-text.js';
import { SETTING_IDS, SETTINGS, type CaseSettings, type SettingId } from '../settings/definitions.js';
import { readSettings, writeSetting } from '../settings/store.js';
import { audit } from '../store/audit.js';
import { choice, type Raw } from './args.js';
import { requireCase, UserError, type CommandContext } from './context.js';
import { literal } from '../text/rich.js';
import { defineCommand } from './spec.js';

const NAMES = Object.fromEntries(SETTING_IDS.map((id) => [id, [SETTINGS[id].words.sv, SETTINGS[id].words.en, ...(SETTINGS[id].aliases ?? [])]])) as Record<SettingId, string[]>;

type Change = { [K in SettingId]: { id: K; value: CaseSettings[K] } }[SettingId];

/** The name picks the setting; the value is then checked with that setting's own argument type. */
const schema = () =>
  z.object({ name: choice(NAMES).optional(), value: z.custom<Raw>().optional() }).transform((args, ctx): Change | null => {
    if (!args.name) return null;
    const parsed = SETTINGS[args.name].arg().safeParse(args.value);
    if (parsed.success) return { id: args.name, value: parsed.data } as Change;
    // Reported on the value field, with the value type's own catalogue key (see args.ts).
    const issue = parsed.error.issues[0]!;
    ctx.addIssue({ code: 'custom', path: ['value'], message: issue.message, params: issue.code === 'custom' ? issue.params : {} });
    return z.NEVER;
  });

const show = <K extends SettingId>(ctx: CommandContext, id: K, value: CaseSettings[K]) => SETTINGS[id].show(value, ctx.t, ctx.locale);

function listing(ctx: CommandContext, title: string, settings: CaseSettings): Card {
  return {
    title: ctx.t('setting.title', { title }),
    sections: [
      { fields: SETTING_IDS.map((id) => ({ label: literal(SETTINGS[id].words[ctx.locale]), value: literal(show(ctx, id, settings[id])) })) },
      { text: ctx.t('setting.hint') },
    ],
  };
}

export const setting = defineCommand({
  id: 'setting',
  words: { sv: 'inställning', en: 'setting' },
  aliases: ['installning', 'inställningar', 'settings'],
  role: 'observer',
  fields: { name: { sv: 'namn', en: 'name' }, value: { sv: 'värde', en: 'value' } },
  positional: ['name', 'value'],
  schema,
  async handler(ctx, change) {
    const theCase = requireCase(ctx);
    const before = await readSettings(ctx.db, theCase);
    if (!change) return ctx.reply(cardMessage(listing(ctx, theCase.title, before)));
    // Anyone in the group may read the settings; only leaders change them.
    if (!hasRole(ctx.member!.role as MemberRole, 'leader')) throw new UserError('error.role', { role: ctx.t('role.leaders') });
    if (theCase.status === 'closed') throw new UserError('error.case_closed', { case: theCase.title });
    const name = SETTINGS[change.id].words[ctx.locale];
    // The same value again changes nothing, so the group is not told of a change and nothing is audited.
    if (isDeepStrictEqual(before[change.id], change.value)) return ctx.reply({ text: ctx.t('setting.unchanged', { setting: name, value: show(ctx, change.id, change.value) }) });
    await ctx.write(async (tx) => {
      await writeSetting(tx, theCase.id, change.id, change.value);
      await audit(tx, { at: ctx.clock.now(), caseId: theCase.id, actorId: ctx.user.id, action: 'setting.change', entity: 'Case', entityId: theCase.id, data: { setting: change.id, from: before[change.id], to: change.value } });
    });
    ctx.post({ text: ctx.t('setting.changed', { name: ctx.user.displayName, setting: name, from: show(ctx, change.id, before[change.id]), to: show(ctx, change.id, change.value) }) });
  },
});
