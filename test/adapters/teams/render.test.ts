import { describe, expect, it } from 'vitest';
import { CARD_CONTENT_TYPE, MAX_ACTIVITY_BYTES, renderMessage, type OutboundActivity } from '../../../adapters/teams/render.js';
import { allCommands } from '../../../src/commands/index.js';
import { CommandRegistry } from '../../../src/commands/registry.js';
import { mapCard, type Card } from '../../../src/core/message.js';
import { parseCommandLine } from '../../../src/parse/command-line.js';
import { cardMessage } from '../../../src/render/card-text.js';
import { mentionToken } from '../../../src/text/mention.js';
import { code, literal, richText, strong } from '../../../src/text/rich.js';
import { assertNoTeamsMarkdown, HOSTILE, HOSTILE_LINE, longHostile } from '../../support/hostile.js';

const size = (a: OutboundActivity) => Buffer.byteLength(JSON.stringify(a), 'utf8');
const content = (a: OutboundActivity) => a.attachments![0]!.content as { version: string; fallbackText: string; body: any[] };
/** The text of an element: a RichTextBlock's runs, a field row as `label: value`. */
const textOf = (e: any): string => (e.type === 'RichTextBlock' ? e.inlines.map((r: any) => r.text).join('') : e.type === 'ColumnSet' ? e.columns.map((c: any) => c.items.map(textOf).join('\n')).join(': ') : '');
const elementTexts = (a: OutboundActivity) => content(a).body.map(textOf).filter(Boolean);

const CARD: Card = mapCard({
  title: 'Konga Bruk konkurs',
  sections: [
    { fields: [{ label: 'Kommun', value: 'Tingsryd' }, { label: 'Berörda', value: '211' }] },
    { heading: 'Åtgärd #1', text: 'Jobbmässa i Tingsryd', buttons: [{ label: 'Visa ärendet', command: 'ärende visa' }, { label: 'Hjälp', command: 'hjälp ärende koppla', style: 'primary' }] },
  ],
}, literal);

describe('neutral message → Teams activities', () => {
  it('renders a card as an Adaptive Card 1.5 with label and value rows, buttons carrying their commands, and the text as fallback', () => {
    const message = cardMessage(CARD);
    const { activities } = renderMessage(message);
    expect(activities).toHaveLength(1);
    const [activity] = activities;
    expect(activity!.attachments![0]!.contentType).toBe(CARD_CONTENT_TYPE);
    const card = content(activity!);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
    expect(card.fallbackText).toContain('Konga Bruk konkurs\nKommun: Tingsryd');
    expect(card.body[0]).toEqual({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'Konga Bruk konkurs', size: 'Large', weight: 'Bolder' }] });
    expect(elementTexts(activity!)).toEqual(['Konga Bruk konkurs', 'Kommun: Tingsryd', 'Berörda: 211', 'Åtgärd #1', 'Jobbmässa i Tingsryd']);
    const actions = card.body.filter((e: any) => e.type === 'ActionSet').flatMap((e: any) => e.actions);
    // A host without Universal Actions (Action.Execute) falls back to Action.Submit with the same command.
    const submit = (title: string, command: string) => ({ type: 'Action.Submit', title, data: { command } });
    expect(actions).toEqual([
      { type: 'Action.Execute', title: 'Visa ärendet', verb: 'samverkan', data: { command: 'ärende visa' }, fallback: submit('Visa ärendet', 'ärende visa') },
      { type: 'Action.Execute', title: 'Hjälp', verb: 'samverkan', data: { command: 'hjälp ärende koppla' }, style: 'positive', fallback: submit('Hjälp', 'hjälp ärende koppla') },
    ]);
    const registry = new CommandRegistry(allCommands);
    for (const a of actions) {
      const line = parseCommandLine(a.data.command);
      expect(line.ok && registry.match(line.tokens)).toBeTruthy();
    }
  });

  it('writes each button in the fallback as the line a user types in Teams instead: the command after the bot\'s mention', () => {
    const [activity] = renderMessage(cardMessage(CARD)).activities;
    expect(content(activity!).fallbackText).toBe('Konga Bruk konkurs\nKommun: Tingsryd\nBerörda: 211\n\nÅtgärd #1\nJobbmässa i Tingsryd\n[Visa ärendet: @Samverkan ärende visa] [Hjälp: @Samverkan hjälp ärende koppla]');
    const [named] = renderMessage(cardMessage(CARD), { botName: 'Samverkan Test' }).activities;
    expect(content(named!).fallbackText).toContain('[Visa ärendet: @Samverkan Test ärende visa]');
  });

  it('sends a card as that text alone when asked for text (a user who may not be able to use cards)', () => {
    const { activities } = renderMessage(cardMessage(CARD, literal('Ärendet är kopplat.')), { asText: true });
    expect(activities).toEqual([{
      type: 'message', textFormat: 'plain',
      text: 'Ärendet är kopplat.\nKonga Bruk konkurs\nKommun: Tingsryd\nBerörda: 211\n\nÅtgärd #1\nJobbmässa i Tingsryd\n[Visa ärendet: @Samverkan ärende visa] [Hjälp: @Samverkan hjälp ärende koppla]',
    }]);
    // Emphasis is not Markdown in a plain-text message: it is left out, as in every plain text.
    expect(renderMessage({ text: richText`Läget ${strong('nu')}` }, { asText: true }).activities).toEqual([{ type: 'message', text: 'Läget nu', textFormat: 'plain' }]);
  });

  it('keeps the lead text written in front of a card', () => {
    const [activity] = renderMessage(cardMessage(CARD, literal('Ärendet är kopplat.'))).activities;
    expect(elementTexts(activity!)[1]).toBe('Ärendet är kopplat.');
  });

  it('sends plain text as plain text', () => {
    expect(renderMessage({ text: literal('Hej') }).activities).toEqual([{ type: 'message', text: 'Hej', textFormat: 'plain' }]);
  });

  it('splits a card too large for one Teams message into parts under the limit, losing nothing', () => {
    const rows = Array.from({ length: 400 }, (_, i) => ({ label: `Åtgärd #${i + 1}`, value: `Ansvarig: Organisation nummer ${i} – senast 2026-12-${String((i % 28) + 1).padStart(2, '0')}` }));
    const big = mapCard({ title: 'Åtgärder', sections: [{ text: 'Alla åtgärder', fields: rows }] }, literal);
    const { activities } = renderMessage(cardMessage(big));
    expect(activities.length).toBeGreaterThan(1);
    for (const a of activities) expect(size(a)).toBeLessThanOrEqual(MAX_ACTIVITY_BYTES);
    const texts = activities.flatMap(elementTexts);
    for (const r of rows) expect(texts).toContain(`${r.label}: ${r.value}`);
    expect(elementTexts(activities[0]!)[0]).toBe(`Åtgärder (1/${activities.length})`);
    // Each part's fallback is that part's own text.
    const second = content(activities[1]!).fallbackText;
    expect(second).toContain(elementTexts(activities[1]!)[1]);
    expect(second).not.toContain(`${rows[0]!.label}: `);
  });

  it('splits long plain text at line ends under the limit', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `rad ${i} med åäö`);
    const { activities } = renderMessage({ text: literal(lines.join('\n')) });
    expect(activities.length).toBeGreaterThan(1);
    for (const a of activities) expect(size(a)).toBeLessThanOrEqual(MAX_ACTIVITY_BYTES);
    expect(activities.map((a) => a.text).join('\n')).toBe(lines.join('\n'));
  });

  it('shows every hostile text in TextRuns wherever it stands, nothing in a TextBlock or FactSet that Teams reads as Markdown', () => {
    for (const text of [...Object.values(HOSTILE), HOSTILE_LINE]) {
      const card = mapCard({ title: text, sections: [{ heading: text, text, fields: [{ label: text.slice(0, 20), value: text }], buttons: [{ label: text, command: 'hjälp' }] }] }, literal);
      const [activity] = renderMessage(cardMessage(card)).activities;
      assertNoTeamsMarkdown(activity);
      expect(elementTexts(activity!)).toEqual([text, text, text, `${text.slice(0, 20)}: ${text}`]);
      expect(content(activity!).body.at(-1).actions[0].title).toBe(text);
      expect(renderMessage({ text: literal(text) }).activities).toEqual([{ type: 'message', text, textFormat: 'plain' }]);
    }
  });

  it('mentions a Teams user in a TextBlock of its own with its entity, and anyone else by name', () => {
    const maja = mentionToken({ platform: 'teams', id: '29:maja', name: 'Maja_*Ek*', userId: 1 });
    const erik = mentionToken({ platform: 'slack', id: 'UERIK', name: 'Erik Lind', userId: 2 });
    const { activities } = renderMessage({ text: literal(`Ring ${maja} och ${erik} om **mässan**`) });
    const card = content(activities[0]!) as any;
    assertNoTeamsMarkdown(activities[0], ['UERIK']);
    expect(card.msteams.entities).toEqual([{ type: 'mention', text: '<at>MajaEk</at>', mentioned: { id: '29:maja', name: 'Maja_*Ek*' } }]);
    expect(card.body[0].columns.map((c: any) => c.items[0].type === 'TextBlock' ? c.items[0].text : textOf(c.items[0]))).toEqual(['Ring', '<at>MajaEk</at>', 'och @Erik Lind om **mässan**']);
  });

  it('puts each line in an element of its own and writes the bot\'s emphasis as TextRuns: no backticks, no asterisks', () => {
    const { activities } = renderMessage({ text: richText`${strong('Rubrik')}\nrad två\n\nSkriv ${code('hjälp')}` });
    const body = content(activities[0]!).body;
    expect(body).toEqual([
      { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'Rubrik', weight: 'Bolder' }] },
      { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'rad två' }], spacing: 'None' },
      { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'Skriv ' }, { type: 'TextRun', text: 'hjälp', fontType: 'Monospace' }], spacing: 'Medium' },
    ]);
    expect(content(activities[0]!).fallbackText).toBe('Rubrik\nrad två\n\nSkriv hjälp');
  });

  it('keeps 10 000 characters of hostile text within the activity limit, in parts, nothing cut inside a character', () => {
    const long = longHostile(10_000);
    const card = mapCard({ title: 'Lång', sections: [{ text: long, fields: [{ label: 'L', value: long }] }] }, literal);
    for (const message of [cardMessage(card), { text: literal(long) }, { text: richText`${strong('x')}\n${long}` }]) {
      const { activities } = renderMessage(message, { limit: 8_000 });
      for (const a of activities) {
        assertNoTeamsMarkdown(a);
        expect(size(a)).toBeLessThanOrEqual(8_000);
      }
    }
  });

  it('sends a small image inline and reports a file that cannot be sent', () => {
    const png = { name: 'lage.png', mimeType: 'image/png', data: new Uint8Array([137, 80, 78, 71]) };
    const huge = { name: 'stor.png', mimeType: 'image/png', data: new Uint8Array(40_000) };
    const zip = { name: 'x.zip', mimeType: 'application/zip', data: new Uint8Array(10) };
    const csv = { name: 'lage.csv', mimeType: 'text/csv', data: new TextEncoder().encode('datum;n\n2026-11-23;211') };
    const { activities, omitted } = renderMessage({ text: literal('Läget'), files: [png, huge, zip, csv] });
    expect(activities[1]!.attachments).toEqual([{ contentType: 'image/png', contentUrl: 'data:image/png;base64,iVBORw==', name: 'lage.png' }]);
    expect(activities[2]!.text).toBe('lage.csv\ndatum;n\n2026-11-23;211');
    expect(omitted).toEqual(['stor.png', 'x.zip']);
  });
});
