// The pure Message/Card → Block Kit conversion and Slack's limits.
import { describe, expect, it } from 'vitest';
import { cardBlocks, limitBlocks, mrkdwn, renderMessage, type Block } from '../../../adapters/slack/blocks.js';
import { mapCard, type Card } from '../../../src/core/message.js';
import { cardMessage } from '../../../src/render/card-text.js';
import { mentionToken } from '../../../src/text/mention.js';
import { code, literal, richText, strong } from '../../../src/text/rich.js';
import { assertNoLiveSlackTokens, HOSTILE, HOSTILE_LINE, longHostile, typedInSlack } from '../../support/hostile.js';

/** A card of plain strings as neutral text: all of it literal. */
const neutral = (card: Card<string>): Card => mapCard(card, literal);

const fields = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `Fält ${i + 1}`, value: `värde ${i + 1}` }));
const buttons = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `Knapp ${i + 1}`, command: `åtgärd klar ${i + 1}` }));
const texts = (blocks: Block[]) => JSON.stringify(blocks);

describe('Block Kit rendering', () => {
  it('renders title, heading with text, fields and buttons carrying their commands', () => {
    const card = neutral({ title: 'Åtgärd #3', sections: [{ heading: 'Ring TRR', text: 'om jobbmässan', fields: fields(2), buttons: [{ label: 'Klar', command: 'åtgärd klar 3', style: 'primary' }] }] });
    expect(cardBlocks(card)).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Åtgärd #3' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Ring TRR*\nom jobbmässan' } },
      { type: 'section', fields: [{ type: 'mrkdwn', text: '*Fält 1*\nvärde 1' }, { type: 'mrkdwn', text: '*Fält 2*\nvärde 2' }] },
      { type: 'actions', elements: [{ type: 'button', action_id: 'samverkan_cmd_0', text: { type: 'plain_text', text: 'Klar' }, value: 'åtgärd klar 3', style: 'primary' }] },
    ]);
  });

  it('puts at most 10 fields in a section and 25 buttons in an actions block, with unique action ids', () => {
    const blocks = cardBlocks(neutral({ title: 'T', sections: [{ fields: fields(23), buttons: buttons(30) }] }));
    expect(blocks.filter((b) => b.type === 'section').map((b) => (b as { fields: unknown[] }).fields.length)).toEqual([10, 10, 3]);
    const actions = blocks.filter((b) => b.type === 'actions') as { elements: { action_id: string; value: string }[] }[];
    expect(actions.map((a) => a.elements.length)).toEqual([25, 5]);
    const ids = actions.flatMap((a) => a.elements.map((e) => e.action_id));
    expect(new Set(ids).size).toBe(30);
    expect(actions[1]!.elements[4]!.value).toBe('åtgärd klar 30');
  });

  it('pages a card longer than 50 blocks into numbered messages that keep every line', () => {
    const card = neutral({ title: 'Åtgärder', sections: Array.from({ length: 120 }, (_, i) => ({ text: `rad ${i + 1}` })) });
    const pages = renderMessage(cardMessage(card));
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(page.blocks!.length).toBeLessThanOrEqual(50);
    expect(pages.map((p) => (p.blocks![0] as { text: { text: string } }).text.text)).toEqual(['Åtgärder (1/3)', 'Åtgärder (2/3)', 'Åtgärder (3/3)']);
    const all = pages.map((p) => texts(p.blocks!)).join('');
    for (let i = 1; i <= 120; i++) expect(all).toContain(`"rad ${i}"`);
    expect(pages[0]!.text).toContain('*Åtgärder*');
  });

  it('keeps a card of exactly 50 blocks in one message', () => {
    const pages = renderMessage(cardMessage(neutral({ title: 'T', sections: Array.from({ length: 49 }, (_, i) => ({ text: `r${i}` })) })));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.blocks).toHaveLength(50);
  });

  it('splits section text over 3000 characters at line breaks and truncates long fields', () => {
    const long = Array.from({ length: 200 }, (_, i) => `rad ${i} ${'x'.repeat(30)}`).join('\n');
    const blocks = cardBlocks(neutral({ title: 'T', sections: [{ text: long, fields: [{ label: 'L', value: 'y'.repeat(2500) }] }] }));
    const sections = blocks.slice(1, -1) as { text: { text: string } }[];
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.text.text.length).toBeLessThanOrEqual(3000);
    expect(sections.map((s) => s.text.text).join('\n')).toBe(long);
    const field = (blocks.at(-1) as { fields: { text: string }[] }).fields[0]!.text;
    expect(field.length).toBe(2000);
    expect(field.endsWith('…')).toBe(true);
  });

  it('escapes &, < and > in all text; only a mention the bot made of a Slack user is live; its own emphasis as mrkdwn', () => {
    expect(mrkdwn(literal('A & B <tag> <@U123|anna> <#C1|kanal> <!here> <https://x.se|länk> 3 > 2'))).toBe('A &amp; B &lt;tag&gt; &lt;@U123|anna&gt; &lt;#C1|kanal&gt; &lt;!here&gt; &lt;https://x.se|länk&gt; 3 &gt; 2');
    const anna = mentionToken({ platform: 'slack', id: 'U123', name: 'Anna', userId: 1 });
    const maja = mentionToken({ platform: 'teams', id: '29:maja', name: 'Maja <Ek>', userId: 2 });
    expect(mrkdwn(richText`${strong('Klart')}: ${literal(`${anna} och ${maja}`)} skriver ${code('hjälp')}`)).toBe('*Klart*: <@U123> och @Maja &lt;Ek&gt; skriver `hjälp`');
  });

  it('sends a plain message as text, split at line ends past 4000 characters, and nothing for files only', () => {
    expect(renderMessage({ text: literal('Hej <världen>') })).toEqual([{ text: 'Hej &lt;världen&gt;' }]);
    const minutes = Array.from({ length: 300 }, (_, i) => `§${i} beslut om åtgärd`).join('\n');
    const parts = renderMessage({ text: literal(minutes) });
    expect(parts.length).toBe(2);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(4000);
    expect(parts.map((p) => p.text).join('\n')).toBe(minutes);
    expect(renderMessage({ text: literal(''), files: [{ name: 'a.csv', mimeType: 'text/csv', data: new Uint8Array([65]) }] })).toEqual([]);
  });

  it('keeps every hostile text literal wherever it stands in a card or a plain message', () => {
    for (const text of [...Object.values(HOSTILE), HOSTILE_LINE]) {
      const card = neutral({ title: text, sections: [{ heading: text, text, fields: [{ label: text, value: text }], buttons: [{ label: text, command: 'hjälp' }] }] });
      const [page] = renderMessage(cardMessage(card));
      assertNoLiveSlackTokens(page);
      expect((page!.blocks![1] as { text: { text: string } }).text.text).toBe(`*${typedInSlack(text)}*\n${typedInSlack(text)}`);
      assertNoLiveSlackTokens(renderMessage({ text: literal(text) })[0]);
    }
  });

  it('cuts 10 000 characters of & and < to every limit after escaping, never inside an entity or a character', () => {
    const long = longHostile(10_000);
    const card = neutral({ title: long, sections: [{ heading: 'H', text: long, fields: [{ label: 'L', value: long }], buttons: [{ label: long, command: 'hjälp' }] }] });
    const limits: Record<string, number> = { header: 150, section: 3000, field: 2000, button: 75 };
    for (const page of renderMessage(cardMessage(card))) {
      assertNoLiveSlackTokens(page);
      expect(page.text.length).toBeLessThanOrEqual(3000);
      for (const block of page.blocks as any[]) {
        if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(limits.header!);
        if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(limits.section!);
        for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(limits.field!);
        for (const e of block.elements ?? []) if (e.type === 'button') expect(e.text.text.length).toBeLessThanOrEqual(limits.button!);
      }
    }
    const plain = renderMessage({ text: literal(long) });
    for (const part of plain) {
      assertNoLiveSlackTokens(part);
      expect(part.text.length).toBeLessThanOrEqual(4000);
    }
    expect(plain.map((p) => p.text).join('\n')).toBe(typedInSlack(long));
  });

  it('cuts a view that cannot be paged at the limit and marks the cut', () => {
    const blocks = cardBlocks(neutral({ title: 'T', sections: Array.from({ length: 150 }, (_, i) => ({ text: `r${i}` })) }));
    const limited = limitBlocks(blocks);
    expect(limited).toHaveLength(100);
    expect(limited.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '…' }] });
    expect(limitBlocks(blocks.slice(0, 5))).toHaveLength(5);
  });
});
