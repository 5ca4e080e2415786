// Bot.handle reports which field a refused argument belongs to, so forms can show it beside the field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot } from '../support/testbot.js';

const event = (text: string) => ({ platform: 'console', user: { id: 'anna', name: 'anna' }, channel: { id: 'samverkan' }, text });

describe('structured argument errors', () => {
  let tb: TestBot;
  beforeEach(async () => { tb = await createTestBot(); });
  afterEach(async () => { await tb.close(); });

  it('names the schema field and the problem alone, beside the full reply text', async () => {
    const [out] = await tb.bot.handle(event('ärende ny "X" företag=Y kommun=Z berörda=abc typ=varsel'));
    expect(out).toMatchObject({ kind: 'reply', error: { field: 'affected', text: 'skriv ett heltal, inte "abc"' } });
    expect(out!.message.text).toContain('Fel i berörda');
  });

  it('reports a missing required field by its name', async () => {
    const [out] = await tb.bot.handle(event('case new "X" company=Y affected=3 kind=closure'));
    expect(out).toMatchObject({ kind: 'reply', error: { field: 'municipality', text: 'a value is missing' } });
  });

  it('leaves the error out when the problem concerns the line, not a field', async () => {
    const [out] = await tb.bot.handle(event('ärende koppla ABC234 extra'));
    expect(out!.message.text).toContain('oväntat "extra"');
    expect(out).not.toHaveProperty('error');
  });
});
