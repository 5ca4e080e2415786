// Hostile user text and the checks that rendered payloads keep it data, never markup: no live
// Slack control sequence from user text, no Markdown-read text in Teams, nothing cut inside an
// entity, a mention or a character, no Slack token in Teams, none of the bot's reserved code points.
import { expect } from 'vitest';

/** Each kind of hostile text, as a user types it. */
export const HOSTILE = {
  channel: 'Varsel <!channel>',
  here: '<!here>',
  everyone: '<!everyone>',
  slackUser: '<@U999>',
  slackLink: '<https://evil.example|klicka>',
  markdownLink: '[klicka](https://evil.example)',
  bold: '**x**',
  italic: '_x_',
  entities: '&amp; &lt;',
  teamsMention: '<at>Someone</at>',
  family: '👩‍👩‍👧‍👦',
  flag: '🇸🇪',
} as const;

/** All of them in one line, short enough for any free text field (300 characters). */
export const HOSTILE_LINE = Object.values(HOSTILE).join(' ');

/**
 * A long text full of `&` and `<`, with emoji and a Slack token on every line, so that every
 * limit (clip, chunk, page) falls near something that must not be cut.
 */
export function longHostile(length = 10_000): string {
  const line = `&<>&amp;<!channel> ${HOSTILE.family}${HOSTILE.flag} <@U999|x> `;
  const lines: string[] = [];
  for (let total = 0; total < length; total += line.length * 3 + 1) lines.push(line.repeat(3));
  return lines.join('\n');
}

/** Text as Slack sends what a user typed: &, < and > escaped. */
export const typedInSlack = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text as Teams sends what a user typed (HTML). */
export const typedInTeams = typedInSlack;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const RESERVED = /[\uE000-\uE00F]/;

/** Every string in a value, with the key it stands under. */
function strings(value: unknown, key = ''): { key: string; text: string; owner: Record<string, unknown> | null }[] {
  if (typeof value === 'string') return [{ key, text: value, owner: null }];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (typeof v === 'string' ? [{ key: k, text: v, owner: value as Record<string, unknown> }] : strings(v, k)));
  }
  return [];
}

function assertWhole(text: string, where: string): void {
  expect(LONE_SURROGATE.test(text), `${where}: a character cut in half in ${JSON.stringify(text.slice(0, 80))}`).toBe(false);
  expect(RESERVED.test(text), `${where}: a reserved code point in ${JSON.stringify(text.slice(0, 80))}`).toBe(false);
}

/**
 * The mrkdwn of a Slack payload (the top-level text and every mrkdwn text object) holds no `<` but
 * the mentions of `users`, and every `&` starts an entity Slack knows; no string anywhere is cut
 * inside a character or holds a reserved code point.
 */
export function assertNoLiveSlackTokens(payload: unknown, users: readonly string[] = []): void {
  for (const s of strings(payload)) assertWhole(s.text, `Slack ${s.key}`);
  const top = payload && typeof payload === 'object' && 'text' in payload && typeof payload.text === 'string' ? [payload.text] : [];
  const mrkdwn = [...top, ...strings(payload).filter((s) => s.key === 'text' && s.owner?.type === 'mrkdwn').map((s) => s.text)];
  for (const text of mrkdwn) {
    for (const m of text.matchAll(/<[^>]*>?/g)) expect(users.map((u) => `<@${u}>`), `live sequence ${m[0]} in ${JSON.stringify(text.slice(0, 120))}`).toContain(m[0]);
    for (const m of text.matchAll(/&[^;\s]{0,6};?/g)) expect(['&amp;', '&lt;', '&gt;'], `entity ${m[0]} in ${JSON.stringify(text.slice(0, 120))}`).toContain(m[0]);
  }
}

/**
 * A Teams activity as the connector gets it: a text is plain text; an Adaptive Card has nothing
 * Teams reads as Markdown (a TextBlock only for a mention tag with its entity, no FactSet). No
 * Slack token for the `slackUsers` mentioned, nothing cut inside a character, no reserved code point.
 */
export function assertNoTeamsMarkdown(activity: any, slackUsers: readonly string[] = []): void {
  for (const s of strings(activity)) assertWhole(s.text, `Teams ${s.key}`);
  for (const user of slackUsers) expect(JSON.stringify(activity), `Slack mention of ${user} in Teams`).not.toContain(`<@${user}`);
  if (typeof activity.text === 'string') expect(activity.textFormat, 'a text Teams reads as Markdown').toBe('plain');
  for (const card of cardsOf([activity])) {
    const entities: string[] = (card.msteams?.entities ?? []).map((e: { text: string }) => e.text);
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const element = node as Record<string, unknown>;
      expect(element.type, 'a FactSet reads Markdown').not.toBe('FactSet');
      if (element.type === 'TextBlock') {
        expect(String(element.text), 'a TextBlock reads Markdown: only a mention tag may stand in one').toMatch(/^<at>[^<>&*_`~[\]()#\\]+<\/at>$/);
        expect(entities).toContain(element.text);
      }
      Object.values(element).forEach(walk);
    };
    walk(card.body);
  }
}

/** The Adaptive Cards among activities. */
export const cardsOf = (activities: any[]): any[] => activities.flatMap((a) => (a.attachments ?? []).filter((x: any) => x.contentType === 'application/vnd.microsoft.card.adaptive').map((x: any) => x.content));
