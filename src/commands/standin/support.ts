// What the stand-in commands share: whose stand-ins a command is about, and how one reads.
import type { Translate } from '../../i18n/index.js';
import { formatDayRange } from '../../render/when.js';
import type { Tx } from '../../store/client.js';
import type { StandinWithPeople } from '../../store/standins.js';
import type { Member, User } from '../../store/models.js';
import type { Mention } from '../../text/mention.js';
import { fromIso } from '../../time/local-date.js';
import { requireMember, UserError, type CommandContext } from '../context.js';
import { mentionedMember } from '../people.js';
import type { Locale } from '../../i18n/index.js';

export const FOR_FIELD = { sv: 'för', en: 'for' };

/** The member a stand-in command is about: the sender, or with `för=@y` anyone if a leader names them. */
export async function replacedMember(tx: Tx, ctx: CommandContext, caseId: number, named: Mention | undefined): Promise<{ user: User; member: Member }> {
  const me = requireMember(ctx);
  if (!named) return { user: ctx.user, member: me };
  const found = await mentionedMember(tx, ctx, caseId, named);
  if (found.member.id !== me.id && me.role !== 'leader') throw new UserError('standin.leader_only', { name: found.user.displayName });
  return found;
}

/** "Lena Lind for Erik Ek (TRR), 1–10 December 2026". */
export function standinLine(t: Translate, locale: Locale, s: StandinWithPeople): string {
  return t('standin.line', {
    name: s.user.displayName,
    for: s.member.user.displayName,
    organisation: s.member.organisation?.name ?? t('member.no_org'),
    period: formatDayRange(locale, fromIso(s.from), fromIso(s.until)),
  });
}
