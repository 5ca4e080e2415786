import { code, strong, type RichText } from '../text/rich.js';
import { catalogues, type MessageKey } from './catalogue.js';

export type { MessageKey };
export type Locale = keyof typeof catalogues;
export const LOCALES = Object.keys(catalogues) as Locale[];
/** Values put into a template: user text stays literal, RichText keeps its emphasis. */
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => RichText;

/** The supported locale a language tag names (`sv-SE` → sv), if any. */
export function asLocale(value: string | null | undefined): Locale | undefined {
  return LOCALES.find((l) => value?.toLowerCase().startsWith(l));
}

export function isMessageKey(key: string): key is MessageKey {
  return key in catalogues.sv;
}

/**
 * Catalogue templates are trusted: their `code` and *strong* become the bot's emphasis before the
 * parameters are put in, so nothing in a parameter is ever read as markup.
 */
function emphasised(template: string): string {
  return template.replace(/`([^`]*)`/g, (_, inner: string) => code(inner)).replace(/\*([^*\n]+)\*/g, (_, inner: string) => strong(inner));
}

// One per locale, so that each template is prepared once (a scheduler tick translates hundreds of digests).
const translators = new Map<Locale, Translate>();

export function translator(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (translate) return translate;
  const catalogue: Record<string, string> = catalogues[locale];
  const templates = new Map<string, string>();
  translate = (key, params = {}) => {
    let template = templates.get(key);
    if (template === undefined) templates.set(key, (template = emphasised(catalogue[key]!)));
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) as RichText;
  };
  translators.set(locale, translate);
  return translate;
}

// Making an Intl formatter costs far more than using one: they are kept.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers as the locale writes them: 12,5 in Swedish, 12.5 in English. */
export function formatNumber(locale: Locale, value: number, decimals = 0): string {
  const key = `${locale}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return format.format(value);
}
