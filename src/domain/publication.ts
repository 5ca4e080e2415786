// A case's public page: its unguessable address and the paths under it. Nothing here reads the
// database; the store keeps the publication (store/publications.ts), services/public-page.ts
// composes what the page shows.
import { randomBytes } from 'node:crypto';
import type { Locale } from '../i18n/index.js';

/** Where public pages are reached when PUBLIC_BASE_URL is not given (config.ts uses PORT). */
export const DEFAULT_PUBLIC_BASE_URL = 'http://localhost:3978';

/** 18 random bytes: 144 bits, 24 base64url characters. Nobody finds a page by guessing. */
const SLUG_BYTES = 18;
export const SLUG_PATTERN = /^[A-Za-z0-9_-]{24}$/;

export function newSlug(): string {
  return randomBytes(SLUG_BYTES).toString('base64url');
}

/** The pages of a publication, relative to the base URL. */
export type PublicPath = 'page' | 'statement' | 'feed';

const STATEMENT: Record<Locale, string> = { sv: 'tillganglighet', en: 'accessibility' };

export function publicPath(slug: string, which: PublicPath, locale: Locale = 'sv'): string {
  const root = `/p/${slug}`;
  if (which === 'feed') return `${root}/feed.xml`;
  const lang = locale === 'sv' ? '' : `/${locale}`;
  return which === 'page' ? `${root}${lang}` : `${root}${lang}/${STATEMENT[locale]}`;
}

const MINUTES: Record<Locale, string> = { sv: 'protokoll', en: 'minutes' };

/** The approved minutes of a meeting: /p/<slug>/protokoll/<nr>(.pdf), /p/<slug>/en/minutes/<nr>(.pdf). */
export function publicMinutesPath(slug: string, meeting: number, locale: Locale, pdf = false): string {
  return `/p/${slug}${locale === 'sv' ? '' : `/${locale}`}/${MINUTES[locale]}/${meeting}${pdf ? '.pdf' : ''}`;
}

export interface PublicRequest {
  slug: string;
  which: PublicPath | 'minutes';
  locale: Locale;
  /** For `minutes`: the meeting's number, and whether the PDF is asked for. */
  meeting?: number;
  pdf?: boolean;
}

/**
 * What a path under /p/ asks for, or null: /p/<slug>, /p/<slug>/en (or ?lang=en),
 * /p/<slug>/tillganglighet, /p/<slug>/en/accessibility, /p/<slug>/feed.xml, and approved minutes
 * (`publicMinutesPath`).
 */
export function parsePublicPath(path: string, query: URLSearchParams): PublicRequest | null {
  const minutes = /^\/p\/([A-Za-z0-9_-]{24})(?:\/protokoll|\/(en)\/minutes)\/([1-9][0-9]{0,8})(\.pdf)?$/.exec(path);
  if (minutes) return { slug: minutes[1]!, which: 'minutes', locale: minutes[2] ? 'en' : 'sv', meeting: Number(minutes[3]), pdf: Boolean(minutes[4]) };
  const m = /^\/p\/([^/]+)(?:\/(en|sv))?(?:\/(tillganglighet|accessibility|feed\.xml))?\/?$/.exec(path);
  if (!m || !SLUG_PATTERN.test(m[1]!)) return null;
  const [, slug, lang, page] = m;
  const locale: Locale = (lang ?? query.get('lang')) === 'en' ? 'en' : 'sv';
  if (page === 'feed.xml') return lang ? null : { slug: slug!, which: 'feed', locale };
  return { slug: slug!, which: page ? 'statement' : 'page', locale };
}

/**
 * The suppression threshold of the public page: the case's, but never below the default 3 —
 * a group may turn suppression off in its own channels, not on a page anyone can read.
 */
export const PUBLIC_MIN_THRESHOLD = 3;
export function publicThreshold(caseThreshold: number): number {
  return Math.max(caseThreshold, PUBLIC_MIN_THRESHOLD);
}
