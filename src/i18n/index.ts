import { catalogues, type MessageKey } from './catalogue.js';

export type { MessageKey };
export type Locale = keyof typeof catalogues;
export const LOCALES = Object.keys(catalogues) as Locale[];
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** The supported locale a language tag names (`sv-SE` → sv), if any. */
export function asLocale(value: string | null | undefined): Locale | undefined {
  return LOCALES.find((l) => value?.toLowerCase().startsWith(l));
}

export function isMessageKey(key: string): key is MessageKey {
  return key in catalogues.sv;
}

export function translator(locale: Locale): Translate {
  const catalogue: Record<MessageKey, string> = catalogues[locale];
  return (key, params = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Numbers as the locale writes them: 12,5 in Swedish, 12.5 in English. */
export function formatNumber(locale: Locale, value: number, decimals = 0): string {
  return new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}
