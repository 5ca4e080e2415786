// Command lines that figures cards carry on their buttons, written out in full so that they mean
// the same tomorrow, in the card's language.
import type { Button } from '../../core/message.js';
import type { Report } from '../../domain/figures.js';
import type { Locale, Translate } from '../../i18n/index.js';
import type { FieldName } from '../spec.js';

export const DATE_FIELD = { sv: 'datum', en: 'date' } satisfies FieldName;
export const SOURCE_FIELD = { sv: 'källa', en: 'source', aliases: ['kalla'] } satisfies FieldName;
export const WITHDRAW_WORDS = { sv: 'läge återkalla', en: 'status withdraw' };

/** A source as a value: quoted when it has a space ("Tingsryds kommun"). */
export const sourceValue = (source: string) => (/\s/.test(source) ? `"${source}"` : source);

/** The button that withdraws a report; shown to everyone, the command checks the role. */
export function withdrawButton(t: Translate, locale: Locale, report: Report): Button {
  const command = `${WITHDRAW_WORDS[locale]} ${DATE_FIELD[locale]}=${report.date} ${SOURCE_FIELD[locale]}=${sourceValue(report.source)}`;
  return { label: t('figures.button.withdraw'), command, style: 'danger' };
}
