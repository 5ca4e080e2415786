import { asLocale, translator, type Translate } from '../i18n/index.js';
import type { Case } from '../store/models.js';

/**
 * Texts in the case's language. Cards that anyone may update later (a poll after each vote) and
 * texts stored for the record (decisions) use it, so they do not switch language with the sender.
 */
export function caseTranslator(c: Case): Translate {
  return translator(asLocale(c.locale) ?? 'sv');
}
